/*
 * build_table(freq, tags, total) -> bytes: the table a Lexicon reads (extractors/_lexicon.c
 * describes the layout). freq is jieba's FREQ dict (word -> count), tags maps words of freq
 * to a non-zero bit mask, total is jieba's total. Every word goes to the first empty slot
 * from lex_mix(hash) on; the table has at least twice as many slots as words.
 */
#include "_lexicon.h"
#include <string.h>

/* Check one entry of freq (str key of 1..65535 code points, count 0..2**32-1); its count in *count. */
static int
check_entry(PyObject *word, PyObject *value, uint32_t *count)
{
    if (!PyUnicode_Check(word) || PyUnicode_GET_LENGTH(word) == 0 || PyUnicode_GET_LENGTH(word) > 0xFFFF) {
        PyErr_SetString(PyExc_ValueError, "lexicon words must be str of 1 to 65535 characters");
        return -1;
    }
    unsigned long long n = PyLong_AsUnsignedLongLong(value);
    if (n == (unsigned long long)-1 && PyErr_Occurred())
        return -1;
    if (n > 0xFFFFFFFFull) {
        PyErr_SetString(PyExc_ValueError, "lexicon counts must fit in 32 bits");
        return -1;
    }
    *count = (uint32_t)n;
    return 0;
}

/* The tag bits of word in tags (0 if absent, else 1..0xFFFF); -1 on error. */
static long
tag_bits(PyObject *tags, PyObject *word)
{
    PyObject *bits = PyDict_GetItemWithError(tags, word);
    if (bits == NULL)
        return PyErr_Occurred() ? -1 : 0;
    long value = PyLong_AsLong(bits);
    if (value == -1 && PyErr_Occurred())
        return -1;
    if (value < 1 || value > 0xFFFF) {
        PyErr_SetString(PyExc_ValueError, "lexicon tags must be non-zero 16-bit masks");
        return -1;
    }
    return value;
}

/* Put every entry of freq into the slots and the pool of an all-zero table. */
static int
fill_table(PyObject *freq, PyObject *tags, LexSlot *slots, uint32_t mask, Py_UCS4 *pool, Py_ssize_t *tagged)
{
    PyObject *word, *value;
    Py_ssize_t pos = 0;
    uint32_t used = 0;
    while (PyDict_Next(freq, &pos, &word, &value)) {
        uint32_t count;
        long bits = check_entry(word, value, &count) < 0 ? -1 : tag_bits(tags, word);
        if (bits < 0)
            return -1;
        *tagged += bits != 0;
        Py_ssize_t n = PyUnicode_GET_LENGTH(word);
        uint32_t mixed = lex_mix(lex_hash(word, 0, n)), i = mixed & mask;
        while (slots[i].length != 0)
            i = (i + 1) & mask;
        slots[i] = (LexSlot){mixed, used, count, (uint16_t)n, (uint16_t)bits};
        if (PyUnicode_AsUCS4(word, pool + used, n, 0) == NULL)
            return -1;
        used += (uint32_t)n;
    }
    return 0;
}

/* The code points of all words of freq, or -1 with an error set. */
static Py_ssize_t
pool_size(PyObject *freq)
{
    PyObject *word, *value;
    Py_ssize_t pos = 0, chars = 0;
    uint32_t count;
    while (PyDict_Next(freq, &pos, &word, &value)) {
        if (check_entry(word, value, &count) < 0)
            return -1;
        chars += PyUnicode_GET_LENGTH(word);
    }
    if (chars > 0x7FFFFFFF) {
        PyErr_SetString(PyExc_ValueError, "lexicon too large");
        return -1;
    }
    return chars;
}

PyObject *
lex_build_table(PyObject *self, PyObject *args)
{
    PyObject *freq, *tags;
    unsigned long long total;
    if (!PyArg_ParseTuple(args, "O!O!K:build_table", &PyDict_Type, &freq, &PyDict_Type, &tags, &total))
        return NULL;
    Py_ssize_t chars = pool_size(freq), words = PyDict_GET_SIZE(freq), tagged = 0;
    if (chars < 0)
        return NULL;
    uint32_t slots = 8;
    while (slots < 0x40000000u && slots < 2 * (uint64_t)words + 1)
        slots <<= 1;
    if ((uint64_t)words >= slots / 2) {
        PyErr_SetString(PyExc_ValueError, "lexicon too large");
        return NULL;
    }
    LexHeader h = {.version = LEX_VERSION, .slots = slots, .words = (uint32_t)words, .chars = (uint32_t)chars,
                   .total = total};
    memcpy(h.magic, LEX_MAGIC, LEX_MAGIC_SIZE);
    size_t size = sizeof h + (size_t)slots * sizeof(LexSlot) + (size_t)chars * sizeof(Py_UCS4);
    PyObject *out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)size);
    if (out == NULL)
        return NULL;
    char *raw = PyBytes_AS_STRING(out);
    memset(raw, 0, size);
    LexSlot *table = (LexSlot *)(raw + sizeof h);
    if (fill_table(freq, tags, table, slots - 1, (Py_UCS4 *)(table + slots), &tagged) < 0) {
        Py_DECREF(out);
        return NULL;
    }
    if (tagged != PyDict_GET_SIZE(tags)) {
        PyErr_SetString(PyExc_ValueError, "every tagged word must be in freq");
        Py_DECREF(out);
        return NULL;
    }
    memcpy(raw, &h, sizeof h);
    lex_checksum(raw, size, &h.sum_a, &h.sum_b);
    memcpy(raw, &h, sizeof h);
    return out;
}
