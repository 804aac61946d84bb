/*
 * jieba's HMM for the runs of one-character words that are no dictionary word.
 *
 * hmm_words(block, start_p, trans_p, emit_p) is jieba.finalseg's Viterbi over
 * the states B, M, E, S for one run of Han characters, and returns its words
 * (``finalseg.__cut``): same tables, same sums, and on equal probabilities
 * the same choice as Python's max() over (probability, state) tuples.
 * extractors/segment.py calls it for the runs cut_block (extractors/_route.c) hands over.
 */
#include "_route.h"
#include <string.h>

/* HMM states in jieba's order of the tuple comparison: B < E < M < S as characters. */
enum { B, M, E, S, NSTATES };
static const char STATE_CHAR[NSTATES] = {'B', 'M', 'E', 'S'};
/* finalseg.PrevStatus, in its order: the states that may come before each state. */
static const int PREV[NSTATES][2] = {{E, S}, {M, B}, {B, M}, {S, E}};
static const double MIN_FLOAT = -3.14e100;

/* The tables of one call: start and transition log-probabilities, emission dicts. */
typedef struct {
    double start[NSTATES];
    double trans[NSTATES][NSTATES];
    PyObject *emit[NSTATES]; /* borrowed */
} Tables;

/* d[key] as a double (KeyError when missing, like Python's d[y]). */
static PyObject *
item(PyObject *d, PyObject *key)
{
    if (!PyDict_Check(d)) {
        PyErr_SetString(PyExc_TypeError, "HMM tables must be dicts");
        return NULL;
    }
    PyObject *value = PyDict_GetItemWithError(d, key);
    if (value == NULL && !PyErr_Occurred())
        PyErr_SetObject(PyExc_KeyError, key);
    return value;
}

/* One state's start probability, transition row and emission dict. */
static int
read_state(PyObject *start, PyObject *trans, PyObject *emit, PyObject *const *keys, int y, Tables *t)
{
    PyObject *value = item(start, keys[y]), *row;
    if (value == NULL || ((t->start[y] = PyFloat_AsDouble(value)) == -1.0 && PyErr_Occurred()))
        return -1;
    if ((row = item(trans, keys[y])) == NULL || (t->emit[y] = item(emit, keys[y])) == NULL)
        return -1;
    if (!PyDict_Check(row) || !PyDict_Check(t->emit[y])) {
        PyErr_SetString(PyExc_TypeError, "HMM tables must be dicts");
        return -1;
    }
    for (int z = 0; z < NSTATES; z++) {
        PyObject *p = PyDict_GetItemWithError(row, keys[z]);
        t->trans[y][z] = p ? PyFloat_AsDouble(p) : MIN_FLOAT;
        if (PyErr_Occurred())
            return -1;
    }
    return 0;
}

static int
read_tables(PyObject *start, PyObject *trans, PyObject *emit, Tables *t)
{
    PyObject *keys[NSTATES];
    int failed = 0;
    for (int y = 0; y < NSTATES; y++) {
        keys[y] = PyUnicode_FromStringAndSize(&STATE_CHAR[y], 1);
        failed |= keys[y] == NULL;
    }
    for (int y = 0; y < NSTATES && !failed; y++)
        failed = read_state(start, trans, emit, keys, y, t) < 0;
    for (int y = 0; y < NSTATES; y++)
        Py_XDECREF(keys[y]);
    return failed ? -1 : 0;
}

/* emit[y].get(ch, MIN_FLOAT) for every state. */
static int
emissions(const Tables *t, PyObject *ch, double *em)
{
    for (int y = 0; y < NSTATES; y++) {
        PyObject *p = PyDict_GetItemWithError(t->emit[y], ch);
        em[y] = p ? PyFloat_AsDouble(p) : MIN_FLOAT;
        if (PyErr_Occurred())
            return -1;
    }
    return 0;
}

/* Viterbi over text; fills states[0..n-1] with state indexes. */
static int
viterbi(const Tables *t, PyObject *text, Py_ssize_t n, char *back, int *states)
{
    double v[NSTATES], next[NSTATES], em[NSTATES];
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *ch = PyUnicode_Substring(text, i, i + 1);
        int failed = ch == NULL || emissions(t, ch, em) < 0;
        Py_XDECREF(ch);
        if (failed)
            return -1;
        for (int y = 0; y < NSTATES; y++) {
            if (i == 0) {
                next[y] = t->start[y] + em[y];
                continue;
            }
            int a = PREV[y][0], b = PREV[y][1];
            double pa = v[a] + t->trans[a][y] + em[y], pb = v[b] + t->trans[b][y] + em[y];
            int take_b = pb > pa || (pb == pa && STATE_CHAR[b] > STATE_CHAR[a]);
            next[y] = take_b ? pb : pa;
            back[i * NSTATES + y] = (char)(take_b ? b : a);
        }
        memcpy(v, next, sizeof v);
    }
    int state = v[S] >= v[E] ? S : E; /* max over (V[y], y) for y in "ES": S wins ties */
    for (Py_ssize_t i = n - 1; i >= 0; i--) {
        states[i] = state;
        if (i > 0)
            state = back[i * NSTATES + state];
    }
    return 0;
}

/* finalseg.__cut: words from the states (B begins, E ends, S stands alone). */
static PyObject *
words_of(PyObject *text, Py_ssize_t n, const int *states)
{
    PyObject *out = PyList_New(0);
    Py_ssize_t begin = 0, next = 0;
    for (Py_ssize_t i = 0; i < n && out != NULL; i++) {
        int failed = 0;
        if (states[i] == B) {
            begin = i;
        } else if (states[i] == E) {
            failed = route_append_slice(out, text, begin, i + 1);
            next = i + 1;
        } else if (states[i] == S) {
            failed = route_append_slice(out, text, i, i + 1);
            next = i + 1;
        }
        if (failed)
            Py_CLEAR(out);
    }
    if (out != NULL && next < n && route_append_slice(out, text, next, n) < 0)
        Py_CLEAR(out);
    return out;
}

PyObject *
hmm_words(PyObject *self, PyObject *args)
{
    PyObject *text, *start, *trans, *emit;
    if (!PyArg_ParseTuple(args, "UOOO:hmm_words", &text, &start, &trans, &emit))
        return NULL;
    Tables tables;
    if (read_tables(start, trans, emit, &tables) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n == 0)
        return PyList_New(0);
    char *back = PyMem_Malloc((size_t)n * NSTATES);
    int *states = PyMem_New(int, n);
    PyObject *out = NULL;
    if (back == NULL || states == NULL)
        PyErr_NoMemory();
    else if (viterbi(&tables, text, n, back, states) == 0)
        out = words_of(text, n, states);
    PyMem_Free(back);
    PyMem_Free(states);
    return out;
}
