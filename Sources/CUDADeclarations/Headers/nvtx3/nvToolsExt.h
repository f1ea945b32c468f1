/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
/* NVTX 3 is header-only; the C API is the same as nvToolsExt.h's. */
#include <nvToolsExt.h>
