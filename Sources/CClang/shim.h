#include <clang-c/Index.h>
#include <clang-c/CXString.h>
