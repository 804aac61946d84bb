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
 * freq is jieba's FREQ dict (a tokenizer's own dictionary) or a Lexicon
 * (extractors/_lexicon.c: the default dictionary as one hash table, read in place,
 * the hash of a prefix extended one character at a time).
 *
 * cut_block(freq, block, logtotal, hmm) computes that route and walks it as jieba's
 * ``Tokenizer.__cut_DAG`` does and returns the block's words: a run of
 * one-character words is kept as one word if it is one character, split into
 * characters if the run itself is a dictionary word, and otherwise replaced by
 * the words of ``hmm(run)`` (jieba's HMM, extractors/segment.py).
 *
 * The module's other functions: hmm_words (extractors/_hmm.c), build_table and
 * the Lexicon type (extractors/_lexicon.c, extractors/_lexicon_build.c).
 */
#include "_lexicon.h"
#include "_route.h"
#include <math.h>
#include <string.h>

/* Where the counts come from: jieba's FREQ dict, or a Lexicon (lex != NULL) read in place. */
typedef struct {
    PyObject *freq;
    const Lexicon *lex;
} Counts;

/* The count of text[start:stop] in a FREQ dict: 1 = found (count in *value, 0 allowed),
 * 0 = not in freq, -1 = error. */
static int
dict_lookup(PyObject *freq, PyObject *text, Py_ssize_t start, Py_ssize_t stop, double *value)
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

/* The count of text[start:stop], as dict_lookup. For a Lexicon, *h is the running hash
 * of text[start:stop-1] and becomes that of text[start:stop] (prefixes grow by one). */
static int
lookup(const Counts *counts, PyObject *text, Py_ssize_t start, Py_ssize_t stop, uint32_t *h, double *value)
{
    if (counts->lex == NULL)
        return dict_lookup(counts->freq, text, start, stop, value);
    *h = lex_step(*h, PyUnicode_READ_CHAR(text, stop - 1));
    const LexSlot *slot = lex_find(counts->lex, text, start, stop, *h);
    if (slot != NULL)
        *value = (double)slot->count;
    return slot != NULL;
}

/* Fill score[k] and end[k] for one position k (score[k+1..n] are known). */
static int
best_word(const Counts *counts, PyObject *text, Py_ssize_t k, Py_ssize_t n, double logtotal,
          double *score, Py_ssize_t *end)
{
    uint32_t h = LEX_SEED;
    int any = 0;
    double best = 0.0;
    Py_ssize_t best_end = k;
    for (Py_ssize_t i = k; i < n; i++) {
        double count = 0.0;
        int found = lookup(counts, text, k, i + 1, &h, &count);
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

/* Compute score/end for the whole block (end[k] = last index of the best word at k). */
static int
best_route(const Counts *counts, PyObject *text, Py_ssize_t n, double logtotal, double *score, Py_ssize_t *end)
{
    score[n] = 0.0;
    for (Py_ssize_t k = n - 1; k >= 0; k--) {
        if (best_word(counts, text, k, n, logtotal, score, end) < 0)
            return -1;
    }
    return 0;
}

int
route_append_slice(PyObject *out, PyObject *text, Py_ssize_t start, Py_ssize_t stop)
{
    PyObject *word = PyUnicode_Substring(text, start, stop);
    if (word == NULL)
        return -1;
    int failed = PyList_Append(out, word);
    Py_DECREF(word);
    return failed;
}

/* A run of one-character words text[start:stop]: as jieba treats ``buf`` in __cut_DAG. */
static int
flush_singles(PyObject *out, const Counts *counts, PyObject *text, Py_ssize_t start, Py_ssize_t stop,
              PyObject *hmm)
{
    if (stop - start == 1)
        return route_append_slice(out, text, start, stop);
    double count = 0.0;
    uint32_t h = counts->lex != NULL ? lex_hash(text, start, stop - 1) : 0;
    int found = lookup(counts, text, start, stop, &h, &count);
    if (found < 0)
        return -1;
    if (found && count != 0.0) { /* the run is a dictionary word: its characters */
        for (Py_ssize_t i = start; i < stop; i++) {
            if (route_append_slice(out, text, i, i + 1) < 0)
                return -1;
        }
        return 0;
    }
    PyObject *run = PyUnicode_Substring(text, start, stop);
    if (run == NULL)
        return -1;
    PyObject *words = PyObject_CallOneArg(hmm, run);
    Py_DECREF(run);
    if (words == NULL)
        return -1;
    Py_ssize_t size = PyList_GET_SIZE(out);
    int failed = PyList_SetSlice(out, size, size, words);
    Py_DECREF(words);
    return failed;
}

static PyObject *
cut_block(PyObject *self, PyObject *args)
{
    PyObject *freq, *text, *hmm;
    double logtotal;
    if (!PyArg_ParseTuple(args, "OUdO:cut_block", &freq, &text, &logtotal, &hmm))
        return NULL;
    Counts counts = {freq, NULL};
    if (PyObject_TypeCheck(freq, &LexiconType)) {
        counts.lex = (const Lexicon *)freq;
    } else if (!PyDict_Check(freq)) {
        PyErr_SetString(PyExc_TypeError, "cut_block: freq must be a dict or a Lexicon");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    double *score = PyMem_New(double, n + 1);
    Py_ssize_t *end = PyMem_New(Py_ssize_t, n + 1);
    PyObject *out = NULL;
    if (score == NULL || end == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (best_route(&counts, text, n, logtotal, score, end) < 0 || (out = PyList_New(0)) == NULL)
        goto done;
    Py_ssize_t x = 0, singles = -1; /* singles: start of the current run of one-character words */
    while (x < n) {
        Py_ssize_t y = end[x] + 1;
        if (y - x == 1) {
            if (singles < 0)
                singles = x;
        } else {
            if (singles >= 0 && flush_singles(out, &counts, text, singles, x, hmm) < 0)
                goto fail;
            singles = -1;
            if (route_append_slice(out, text, x, y) < 0)
                goto fail;
        }
        x = y;
    }
    if (singles >= 0 && flush_singles(out, &counts, text, singles, n, hmm) < 0)
        goto fail;
    goto done;
fail:
    Py_CLEAR(out);
done:
    PyMem_Free(score);
    PyMem_Free(end);
    return out;
}

static PyMethodDef methods[] = {
    {"cut_block", cut_block, METH_VARARGS,
     "cut_block(freq, block, logtotal, hmm) -> list: the block's words (jieba's __cut_DAG)."},
    {"build_table", lex_build_table, METH_VARARGS,
     "build_table(freq, tags, total) -> bytes: the table of a Lexicon (tags: word -> non-zero bit mask)."},
    {"hmm_words", hmm_words, METH_VARARGS,
     "hmm_words(run, start_p, trans_p, emit_p) -> list: the words of jieba.finalseg's Viterbi."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "extractors._route",
    "jieba's word search (route and HMM) in C; see extractors/segment.py.", -1, methods,
};

PyMODINIT_FUNC
PyInit__route(void)
{
    if (PyType_Ready(&LexiconType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&LexiconType);
    if (PyModule_AddObject(m, "Lexicon", (PyObject *)&LexiconType) < 0
            || PyModule_AddIntConstant(m, "LEXICON_FORMAT", LEX_VERSION) < 0) {
        Py_DECREF(&LexiconType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
