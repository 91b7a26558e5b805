// PCRE2's 8-bit library (UTF-8 subjects). The header needs the code unit width chosen first;
// Swift sees the `_8` names (pcre2_compile_8, …): the unsuffixed ones are macros.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
