/*
 * What the C files of extractors._route share besides the Lexicon (extractors/_lexicon.h).
 */
#ifndef KG_ROUTE_H
#define KG_ROUTE_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Append text[start:stop] to the list out; -1 on error. */
int route_append_slice(PyObject *out, PyObject *text, Py_ssize_t start, Py_ssize_t stop);

/* hmm_words(run, start_p, trans_p, emit_p) -> list (extractors/_hmm.c). */
PyObject *hmm_words(PyObject *self, PyObject *args);

#endif
