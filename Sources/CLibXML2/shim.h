#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zlib.h>

/* libxml2's xmlFree is a global function pointer, which Swift 6 refuses to read from several
   threads; this wrapper is a plain function. */
static inline void verbatim_xml_free(void *pointer) { xmlFree(pointer); }
