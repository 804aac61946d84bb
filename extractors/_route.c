/*
 * The best route through one block of text, as jieba's accurate mode computes it.
 *
 * jieba (extractors/segment.py calls this) splits a text into blocks of Han
 * characters and letters, builds for each position the dictionary words that
 * start there, and picks, from the end of the block backwards, the word whose
 * log frequency plus the best score of the rest is highest. jieba does both in
 * Python (``Tokenizer.get_DAG`` and ``Tokenizer.calc``); this is the same
 * computation in one C loop, with the same dictionary and the same arithmetic:
 *
 *   - the words starting at k are the prefixes text[k:i+1] found in FREQ with a
 *     non-zero count, trying longer prefixes while the prefix is in FREQ at all
 *     (jieba keeps every prefix of a word in FREQ with count 0);
 *   - with none, the single character is the only word (count taken as 1);
 *   - score(k) = (log(count) - log(total)) + score(end + 1), score(n) = 0;
 *   - on equal scores the longer word wins, as Python's max() over
 *     (score, end) tuples picks it.
 *
 * route(freq, block, logtotal) returns a list whose item k is the end index
 * (inclusive) of the best word starting at k.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>

/* The count of text[start:stop] in freq: 1 = found (count in *value, 0 allowed),
 * 0 = not in freq, -1 = error. */
static int
lookup(PyObject *freq, PyObject *text, Py_ssize_t start, Py_ssize_t stop, double *value)
{
    PyObject *frag = PyUnicode_Substring(text, start, stop);
    if (frag == NULL)
        return -1;
    PyObject *count = PyDict_GetItemWithError(freq, frag); /* borrowed */
    int found = 0;
    if (count != NULL) {
        int nonzero = PyObject_IsTrue(count);
        if (nonzero < 0) {
            found = -1;
        } else {
            *value = nonzero ? PyFloat_AsDouble(count) : 0.0;
            found = (*value == -1.0 && PyErr_Occurred()) ? -1 : 1;
        }
    } else if (PyErr_Occurred()) {
        found = -1;
    }
    Py_DECREF(frag);
    return found;
}

/* Fill score[k] and end[k] for one position k (score[k+1..n] are known). */
static int
best_word(PyObject *freq, PyObject *text, Py_ssize_t k, Py_ssize_t n, double logtotal,
          double *score, Py_ssize_t *end)
{
    int any = 0;
    double best = 0.0;
    Py_ssize_t best_end = k;
    for (Py_ssize_t i = k; i < n; i++) {
        double count = 0.0;
        int found = lookup(freq, text, k, i + 1, &count);
        if (found < 0)
            return -1;
        if (found == 0)
            break;
        if (count == 0.0)
            continue;
        double candidate = (log(count) - logtotal) + score[i + 1];
        if (!any || candidate >= best) {
            best = candidate;
            best_end = i;
            any = 1;
        }
    }
    if (!any) {
        best = (0.0 - logtotal) + score[k + 1];
        best_end = k;
    }
    score[k] = best;
    end[k] = best_end;
    return 0;
}

static PyObject *
route(PyObject *self, PyObject *args)
{
    PyObject *freq, *text;
    double logtotal;
    if (!PyArg_ParseTuple(args, "O!Ud:route", &PyDict_Type, &freq, &text, &logtotal))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    double *score = PyMem_New(double, n + 1);
    Py_ssize_t *end = PyMem_New(Py_ssize_t, n + 1);
    PyObject *result = NULL;
    if (score == NULL || end == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    score[n] = 0.0;
    for (Py_ssize_t k = n - 1; k >= 0; k--) {
        if (best_word(freq, text, k, n, logtotal, score, end) < 0)
            goto done;
    }
    result = PyList_New(n);
    if (result == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *item = PyLong_FromSsize_t(end[k]);
        if (item == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SET_ITEM(result, k, item);
    }
done:
    PyMem_Free(score);
    PyMem_Free(end);
    return result;
}

static PyMethodDef methods[] = {
    {"route", route, METH_VARARGS,
     "route(freq, block, logtotal) -> list: end index of the best word starting at each position."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "extractors._route",
    "jieba's best-route computation (get_DAG + calc) in C; see extractors/segment.py.", -1, methods,
};

PyMODINIT_FUNC
PyInit__route(void)
{
    return PyModule_Create(&module);
}
