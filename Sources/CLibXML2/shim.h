#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and its encoding header then includes the system's ICU headers,
   whose enums clash with the copy of ICU inside Foundation. Nothing here uses libxml2's ICU
   converters, so the headers are read as for a build without ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zlib.h>

/* libxml2's xmlFree is a global function pointer, which Swift 6 refuses to read from several
   threads; this wrapper is a plain function. */
static inline void verbatim_xml_free(void *pointer) { xmlFree(pointer); }
