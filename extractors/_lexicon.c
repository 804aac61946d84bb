/*
 * Lexicon: jieba's dictionary (word -> count, plus a few tag bits) as one read-only
 * open-addressing hash table held in a bytes object (extractors/lexicon.py builds and
 * caches it). Lookups read the table in place: no str or int objects per probe.
 *
 * Layout (native byte order; the file is a per-machine cache):
 *
 *   header   LexHeader (48 bytes): magic, format version, slot count (a power of
 *            two), word count, pool size in code points, jieba's total, checksum
 *   slots    LexSlot[slots]: hash, pool offset, count, length, tags; length 0 = empty
 *   pool     Py_UCS4[chars]: the words' code points
 *
 * A word's slot is found by linear probing from lex_mix(hash) & (slots - 1); the
 * hash is FNV-1a over code points, so a prefix search can extend it one character
 * at a time (extractors/_route.c). Lexicon(data) checks magic, version, sizes,
 * every slot's bounds, that an empty slot exists (probes end) and the checksum
 * before trusting any offset: a bad file raises ValueError and is never read past.
 * build_table (extractors/_lexicon_build.c) writes the table.
 */
#include "_lexicon.h"
#include <stddef.h>
#include <string.h>

uint32_t
lex_mix(uint32_t h) /* murmur3's finaliser: every bit of h reaches the low (slot) bits */
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    return h ^ (h >> 16);
}

uint32_t
lex_hash(PyObject *text, Py_ssize_t start, Py_ssize_t stop)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    uint32_t h = LEX_SEED;
    for (Py_ssize_t i = start; i < stop; i++)
        h = lex_step(h, PyUnicode_READ(kind, data, i));
    return h;
}

const LexSlot *
lex_find(const Lexicon *lex, PyObject *text, Py_ssize_t start, Py_ssize_t stop, uint32_t h)
{
    Py_ssize_t length = stop - start;
    if (length <= 0 || length > 0xFFFF)
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    uint32_t mixed = lex_mix(h);
    for (uint32_t i = mixed & lex->mask;; i = (i + 1) & lex->mask) {
        const LexSlot *slot = &lex->slots[i];
        if (slot->length == 0)
            return NULL;
        if (slot->hash != mixed || slot->length != length)
            continue;
        const Py_UCS4 *word = lex->chars + slot->start;
        Py_ssize_t j = 0;
        while (j < length && word[j] == PyUnicode_READ(kind, data, start + j))
            j++;
        if (j == length)
            return slot;
    }
}

/* Fletcher-style sums of the table's 32-bit words: the header up to the sums, then the body. */
void
lex_checksum(const char *table, size_t size, uint64_t *a, uint64_t *b)
{
    uint64_t sa = 0, sb = 0;
    for (size_t i = 0; i + 4 <= size; i += 4) {
        if (i == offsetof(LexHeader, sum_a))
            i = sizeof(LexHeader);
        uint32_t v;
        memcpy(&v, table + i, 4);
        sa += v;
        sb += sa;
    }
    *a = sa;
    *b = sb;
}

/* NULL if data holds a well-formed table (header copied to *h), else the reason. */
static const char *
check_table(const char *data, Py_ssize_t size, LexHeader *h)
{
    if (size < (Py_ssize_t)sizeof *h)
        return "too short for a header";
    memcpy(h, data, sizeof *h);
    if (memcmp(h->magic, LEX_MAGIC, LEX_MAGIC_SIZE) != 0)
        return "not a kg lexicon (magic)";
    if (h->version != LEX_VERSION)
        return "other format version";
    if (h->slots < 2 || (h->slots & (h->slots - 1)) != 0 || h->words >= h->slots)
        return "bad slot count";
    uint64_t expected = sizeof *h + (uint64_t)h->slots * sizeof(LexSlot) + (uint64_t)h->chars * sizeof(Py_UCS4);
    if (expected != (uint64_t)size)
        return "size does not match the header";
    uint64_t a, b;
    lex_checksum(data, (size_t)size, &a, &b);
    if (a != h->sum_a || b != h->sum_b)
        return "checksum mismatch";
    const LexSlot *slots = (const LexSlot *)(data + sizeof *h);
    uint32_t used = 0;
    for (uint32_t i = 0; i < h->slots; i++) {
        if (slots[i].length == 0)
            continue;
        used++;
        if ((uint64_t)slots[i].start + slots[i].length > h->chars)
            return "word outside the pool";
    }
    return used == h->words ? NULL : "word count does not match the slots";
}

static PyObject *
lexicon_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *data;
    if (!PyArg_ParseTuple(args, "O!:Lexicon", &PyBytes_Type, &data))
        return NULL;
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0) {
        PyErr_SetString(PyExc_TypeError, "Lexicon() takes no keyword arguments");
        return NULL;
    }
    LexHeader h;
    const char *raw = PyBytes_AS_STRING(data);
    const char *problem = check_table(raw, PyBytes_GET_SIZE(data), &h);
    if (problem != NULL) {
        PyErr_Format(PyExc_ValueError, "bad lexicon table: %s", problem);
        return NULL;
    }
    Lexicon *self = (Lexicon *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    Py_INCREF(data);
    self->data = data;
    self->slots = (const LexSlot *)(raw + sizeof h);
    self->chars = (const Py_UCS4 *)(raw + sizeof h + (size_t)h.slots * sizeof(LexSlot));
    self->mask = h.slots - 1;
    self->words = h.words;
    self->total = h.total;
    return (PyObject *)self;
}

static void
lexicon_dealloc(Lexicon *self)
{
    Py_XDECREF(self->data);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The slot of word, or NULL when absent or not a str. */
static const LexSlot *
find_word(const Lexicon *lex, PyObject *word)
{
    if (!PyUnicode_Check(word))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    return lex_find(lex, word, 0, n, lex_hash(word, 0, n));
}

static PyObject *
lexicon_get(Lexicon *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("get", nargs, 1, 2))
        return NULL;
    const LexSlot *slot = find_word(self, args[0]);
    if (slot != NULL)
        return PyLong_FromUnsignedLong(slot->count);
    PyObject *fallback = nargs > 1 ? args[1] : Py_None;
    Py_INCREF(fallback);
    return fallback;
}

static PyObject *
lexicon_has_tag(Lexicon *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!_PyArg_CheckPositional("has_tag", nargs, 2, 2))
        return NULL;
    unsigned long mask = PyLong_AsUnsignedLong(args[1]);
    if (mask == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    const LexSlot *slot = find_word(self, args[0]);
    return PyBool_FromLong(slot != NULL && (slot->tags & mask) != 0);
}

static int
lexicon_contains(Lexicon *self, PyObject *word)
{
    return find_word(self, word) != NULL;
}

static PyObject *
lexicon_subscript(Lexicon *self, PyObject *word)
{
    const LexSlot *slot = find_word(self, word);
    if (slot == NULL) {
        PyErr_SetObject(PyExc_KeyError, word);
        return NULL;
    }
    return PyLong_FromUnsignedLong(slot->count);
}

static Py_ssize_t
lexicon_length(Lexicon *self)
{
    return self->words;
}

static PyObject *
lexicon_total(Lexicon *self, void *closure)
{
    return PyLong_FromUnsignedLongLong(self->total);
}

static PyMethodDef lexicon_methods[] = {
    {"get", (PyCFunction)(void (*)(void))lexicon_get, METH_FASTCALL,
     "get(word, default=None) -> jieba's count of word (0: a prefix only), or default."},
    {"has_tag", (PyCFunction)(void (*)(void))lexicon_has_tag, METH_FASTCALL,
     "has_tag(word, mask) -> True if word is in the table with one of the tag bits of mask."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef lexicon_getset[] = {
    {"total", (getter)lexicon_total, NULL, "jieba's total of all counts (Tokenizer.total).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PySequenceMethods lexicon_as_sequence = {.sq_contains = (objobjproc)lexicon_contains};
static PyMappingMethods lexicon_as_mapping = {
    .mp_length = (lenfunc)lexicon_length,
    .mp_subscript = (binaryfunc)lexicon_subscript,
};

PyTypeObject LexiconType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "extractors._route.Lexicon",
    .tp_basicsize = sizeof(Lexicon),
    .tp_dealloc = (destructor)lexicon_dealloc,
    .tp_as_sequence = &lexicon_as_sequence,
    .tp_as_mapping = &lexicon_as_mapping,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Lexicon(data: bytes): jieba's dictionary as a read-only hash table (build_table's output).",
    .tp_methods = lexicon_methods,
    .tp_getset = lexicon_getset,
    .tp_new = lexicon_new,
};
