/*
 * jieba's dictionary as one read-only hash table (extractors/_lexicon.c), shared with
 * the route search (extractors/_route.c). See extractors/lexicon.py.
 */
#ifndef KG_LEXICON_H
#define KG_LEXICON_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* The table starts with this header (48 bytes), then LexSlot[slots], then Py_UCS4[chars]. */
#define LEX_MAGIC "KGLEXTAB" /* the first 8 bytes */
#define LEX_MAGIC_SIZE 8

typedef struct {
    char magic[8];
    uint32_t version, slots, words, chars;
    uint64_t total, sum_a, sum_b; /* sum_a, sum_b: checksum of everything else (see lex_checksum) */
} LexHeader;

/* One slot of the table: length 0 = empty; else the word is chars[start:start+length]. */
typedef struct {
    uint32_t hash;   /* lex_mix of the running hash of the word */
    uint32_t start;  /* offset of the word in the code point pool */
    uint32_t count;  /* jieba's count; 0 = a prefix of longer words only */
    uint16_t length; /* code points */
    uint16_t tags;   /* bit mask, see extractors/lexicon.py */
} LexSlot;

typedef struct {
    PyObject_HEAD
    PyObject *data;         /* the bytes object the table lives in */
    const LexSlot *slots;
    const Py_UCS4 *chars;
    uint32_t mask;          /* slots - 1 (slots is a power of two) */
    Py_ssize_t words;
    unsigned long long total;
} Lexicon;

extern PyTypeObject LexiconType;

#define LEX_SEED 2166136261u
/* The table format; a table of another version is refused (and rebuilt by extractors/lexicon.py). */
#define LEX_VERSION 1u

/* The running hash of a word extended by one code point (FNV-1a over code points). */
static inline uint32_t
lex_step(uint32_t h, Py_UCS4 ch)
{
    return (h ^ (uint32_t)ch) * 16777619u;
}

/* The slot index of a word's running hash starts at lex_mix(h) & mask. */
uint32_t lex_mix(uint32_t h);

/* The checksum of a table of size bytes (its header's sum fields excluded) in *a, *b. */
void lex_checksum(const char *table, size_t size, uint64_t *a, uint64_t *b);

/* The slot of text[start:stop], whose running hash is h, or NULL if the word is absent. */
const LexSlot *lex_find(const Lexicon *lex, PyObject *text, Py_ssize_t start, Py_ssize_t stop, uint32_t h);

/* The running hash of text[start:stop]. */
uint32_t lex_hash(PyObject *text, Py_ssize_t start, Py_ssize_t stop);

/* build_table(freq, tags, total) -> bytes (a module function). */
PyObject *lex_build_table(PyObject *self, PyObject *args);

#endif
