#!/usr/bin/env python3
"""Generate Sources/Mapping/GeneratedMappingData.swift from the hipify tables.

Usage:
    python3 Scripts/generate_mapping.py [--tables DIR] [--overrides FILE | --no-overrides]
                                        [--output FILE] [--check]

Input: the markdown tables in ``Data/hipify-tables`` (relative to the repository root; see
the README there for their origin and licence). Each table row reads

    |CUDA|A|D|C|R|HIP|A|D|C|R|E|                 (single-target tables)
    |CUDA|A|D|C|R|HIP|A|D|C|R|E|ROC|A|D|C|R|E|   (*_by_HIP_and_ROC / *_by_HIP_and_MIOPEN)

where A/D/C/R are the versions in which a name was Added, Deprecated, Changed and Removed and
E marks an experimental target. An empty HIP (or ROC) cell means there is no equivalent.
Section headings ``## **N. Name**`` give each row its family.

Output: a Swift file holding one raw string literal, ``generatedMappingTSV``: a header line
and one tab-separated line per CUDA name, sorted by library (in the order of ``LIBRARIES``)
and then by CUDA name (code-point order). The output depends on nothing but the tables and
the override file (see "Overrides"), so running the script twice gives the same bytes. A CUDA name listed twice in one library keeps
its first row; the generator prints every such duplicate.

``--check`` writes nothing: it exits 1 with a message when the file on disk differs from what
would be generated (the MappingTests staleness test runs it).

Overrides
=========

The tables are from late 2024. ``Scripts/mapping_overrides.tsv`` corrects them where AMD's
current declarations (the HIP Python bindings on PyPI, see ``Scripts/pypi_crosscheck.py``)
clearly show otherwise, and records why a mapped HIP name may be absent from those bindings.
The generator applies it after parsing the tables; the output still depends on nothing but
the tables and that file. The file is tab-separated; ``#`` starts a comment line; blank lines
are ignored; every other line has exactly five fields:

    library   match   field   value   reason

* ``library``: a library value (runtime, driver, ..., see ``LIBRARIES``) or ``*`` for all.
* ``match``: which entries of that library the row is about. A plain name is one CUDA name
  and must match exactly one entry. Otherwise one or more selectors joined by `` & `` (all
  must hold): ``cuda:GLOB`` and ``hip:GLOB`` (shell-style pattern on the CUDA name or the
  hipName, case-sensitive), ``family:TEXT`` (the exact section name) and ``kind:KIND``. A
  selector row must match at least one entry. Data rows are applied in file order, so a
  later row sees what an earlier one set.
* ``field``: either a column of the generated TSV other than cudaName and library (hipName,
  status, hipAdded, hipDeprecated, hipRemoved, kind, rocName, ...), whose value becomes
  ``value`` (which may be empty for optional columns; statuses, kinds and versions are
  validated), or, for a value written ``s/REGEX/REPLACEMENT/``, the current value with every
  match of REGEX (Python ``re`` syntax, no ``/`` inside) replaced; or one of three notes that
  change no data and are read by ``Scripts/pypi_crosscheck.py``:
  ``checked-missing`` (``value`` empty): the hipName is in today's ROCm but not in AMD's
  Python bindings, for the reason given (a whole family or library is allowed: a header the
  bindings do not cover, #define constants they leave out);
  ``known-missing`` (``value`` empty): the hipName is not in today's ROCm either, and the
  entry is kept as the tables give it for the reason given (the report lists these apart);
  ``alias-differs`` (``value``: AMD's alias target, or ``*`` for any): AMD's interop layer
  aliases the CUDA name to another HIP name and the database's hipName is kept on purpose.
* ``reason``: why; required, and shown in the cross-check report.

A row that matches nothing (or an exact-name row that matches more than one entry) is an
error, so the file cannot silently go stale against the tables.

Only the Python standard library is used.

Kind inference
==============

The tables do not say what sort of name a row is, so ``infer_kinds`` guesses it. The rules, in
the order they are tried:

1. Sections whose heading does not mention "type" (Device Management, CUBLAS Level-3 Function
   Reference, Device Functions, ...) list functions: every name there is a ``function``.
   Everything below applies to the data-type sections only ("Data types", "Data Types",
   "Types References", "Device Types").
2. CUB's "CUB Data types" section lists CUB's configuration macros (CUB_MAX, CubDebug, ...):
   all ``macro``.
3. A name with a type suffix is a ``type``: ``_t``, ``_st``, ``_enum``, ``_v1``/``_v2``
   (optionally followed by ``_st``), ``_raw``, ``Struct``, and ``V2``-style suffixes on
   camelCase names (cudaKernelNodeParamsV2).
4. A name X such that X + one of those suffixes is also in the table is a ``type``
   (CUDA_ARRAY_DESCRIPTOR beside CUDA_ARRAY_DESCRIPTOR_st, cufftType beside cufftType_t).
5. A name that is a known preprocessor-constant family (``MACRO_PREFIXES`` / ``MACRO_NAMES``
   below: CUDART_* math constants, cudaHostAlloc*/cudaHostRegister*/cudaEvent*/cudaStream*
   flag values, CUDA_ARRAY3D_*, CU_TRSF_*, CU_MEMHOSTALLOC_*, CU_LAUNCH_PARAM_*, version
   macros, ``__X__`` names like __CUDACC__, ...) is a ``macro``. This is name knowledge,
   not structure: the headers define these with #define, and nothing in the tables tells
   them apart from enum constants.
6. An ALL_CAPS name (upper-case letters, digits, underscores, with an ``x`` allowed between
   digits as in CUBLASLT_MATMUL_TILE_8x8) is an ``enum-constant`` (CUDA_SUCCESS,
   CUBLAS_OP_N, CUDNN_STATUS_SUCCESS, NVRTC_SUCCESS, __NV_E4M3).
7. Only the runtime spells enum constants in camelCase (cudaMemcpyHostToDevice,
   cudaErrorInvalidValue). Every other library uses ALL_CAPS for constants, so outside the
   runtime (and for runtime names not starting with ``cuda``) a remaining name is a ``type``.
8. Runtime ``cuda*`` names. An *enum stem* is a name T (remaining, or typed by rule 4) of
   which at least two remaining names are camelCase extensions (T followed by an upper-case
   letter or digit): cudaError -> cudaErrorInvalidValue, cudaLimit -> cudaLimitStackSize,
   cudaGraphNodeType -> cudaGraphNodeTypeKernel. For a name that extends a stem, take the
   shortest such stem (the root):
   - root ends in an enum word (Kind, Attr, Mode, Type, Flags, Format, Error, List, ...;
     ``ENUM_STEM_WORDS``) -> ``enum-constant`` (cudaChannelFormatKindSignedNormalized8X1,
     cudaGraphDebugDotFlagsKernelNodeParams);
   - else its last word is a strong type word (Params, Desc, Properties, Requirements, Info,
     ...; ``STRONG_TYPE_WORDS``) -> ``type`` (cudaArrayMemoryRequirements);
   - else it adds a single weak type word to the root -> ``type`` (cudaLaunchAttribute + ID);
   - else -> ``enum-constant`` (cudaLaunchAttributeAccessPolicyWindow).
9. A remaining runtime name with an enum word inside it (not first, not last:
   ``INNER_ENUM_WORDS``) is an ``enum-constant``: cudaDevAttrComputeMode,
   cudaReadModeElementType, cudaMemHandleTypePosixFileDescriptor.
10. A remaining stem is a ``type`` (cudaAccessProperty, cudaMemLocation), unless its last word
   is Error (cudaGraphExecUpdateError is a constant that more specific codes extend); a
   remaining name whose last camelCase word is a type word (strong or weak: Kind, Attr, Mode,
   Type, Flags, Ptr, Extent, ...) is a ``type`` (cudaMemcpyKind, cudaDeviceAttr,
   cudaDeviceProp, cudaPitchedPtr).
11. Anything else is an ``enum-constant`` (cudaMemcpyHostToDevice, cudaDevAttrMaxPitch).

Known limitations. Checked against AMD's HIP declarations (the rocm-bindings-hip package's
cyhip.pxd, where enums, #defines, structs and functions are told apart): of the 1,828 mapped
runtime and driver names whose HIP name is declared there, the inferred kind of the CUDA name
equals the kind of the HIP name for 1,805 (98.7%); all 23 others are driver enum constants
that HIP defines as macros (CU_EVENT_DEFAULT -> hipEventDefault), where the CUDA kind given
here is the right one. Names without a HIP mapping could not be checked that way; known or
likely mistakes:

* ``header`` is never produced: the tables list no headers.
* Macros are recognised only through the name lists of rule 5; a #define that is not listed
  becomes an ``enum-constant`` (ALL_CAPS) or, in the runtime, whatever rules 8-11 say.
* The kind describes the CUDA name, which can differ from the HIP target's kind
  (CU_EVENT_DEFAULT is an enum constant, hipEventDefault a macro).
* Runtime names that extend no stem and carry no type word at the end are taken for enum
  constants, so the odd struct becomes one (cudaGraphKernelNodeUpdate); runtime enum
  constants that end in a type word and extend no stem become ``type``.
* The word lists were tuned on these tables; a future table with new naming patterns may need
  new words.
* CubVector (a class template) is reported as a ``macro`` by rule 2.
* Names that are typedefs of function pointers (cudaHostFn_t, CUhostFn) are ``type``, which is
  what a translator wants.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TABLES = REPO_ROOT / "Data" / "hipify-tables"
DEFAULT_OUTPUT = REPO_ROOT / "Sources" / "Mapping" / "GeneratedMappingData.swift"
DEFAULT_OVERRIDES = REPO_ROOT / "Scripts" / "mapping_overrides.tsv"

# (library enum value, table file). Order = output order = Library.allCases order.
LIBRARIES = [
    ("runtime", "CUDA_Runtime_API_functions_supported_by_HIP.md"),
    ("driver", "CUDA_Driver_API_functions_supported_by_HIP.md"),
    ("device", "CUDA_Device_API_supported_by_HIP.md"),
    ("cublas", "CUBLAS_API_supported_by_HIP_and_ROC.md"),
    ("cudnn", "CUDNN_API_supported_by_HIP_and_MIOPEN.md"),
    ("curand", "CURAND_API_supported_by_HIP_and_ROC.md"),
    ("cufft", "CUFFT_API_supported_by_HIP.md"),
    ("cusparse", "CUSPARSE_API_supported_by_HIP_and_ROC.md"),
    ("cusolver", "CUSOLVER_API_supported_by_HIP_and_ROC.md"),
    ("cub", "CUB_API_supported_by_HIP.md"),
    ("rtc", "CUDA_RTC_API_supported_by_HIP.md"),
    ("cucomplex", "cuComplex_API_supported_by_HIP.md"),
]

COLUMNS = [
    "cudaName", "library", "family", "kind", "hipName", "rocName", "status", "rocStatus",
    "cudaAdded", "cudaDeprecated", "cudaRemoved",
    "hipAdded", "hipDeprecated", "hipRemoved",
    "rocAdded", "rocDeprecated", "rocRemoved",
]

HEADING_RE = re.compile(r"^##\s+\*\*\s*\d+\.\s*(.*?)\s*\*\*\s*$")
VERSION_RE = re.compile(r"^\d+(\.\d+){0,3}$")
TYPE_SECTION_RE = re.compile(r"\btypes?\b", re.IGNORECASE)

# Rule 3: suffixes that make a name a type.
TYPE_SUFFIX_RE = re.compile(r"(_t|_st|_enum|_v\d+|_v\d+_st|_raw|Struct)$")
CAMEL_VERSION_SUFFIX_RE = re.compile(r"[a-z]V\d+$")
SIBLING_SUFFIXES = ("_t", "_st", "_enum", "_v1", "_v2", "_v3")

# Rule 5: #define families, by prefix and by full name.
MACRO_PREFIXES = (
    # runtime (math_constants.h, driver_types.h flag values)
    "CUDART_", "cudaHostAlloc", "cudaHostRegister", "cudaDeviceSchedule", "cudaMemAttach",
    "cudaOccupancy", "cudaCooperativeLaunchMultiDevice", "cudaNvSciSyncAttr",
    "cudaGraphKernelNodePort", "cudaStreamAttr", "cudaKernelNodeAttr", "cudaSurfaceType",
    "cudaTextureType", "cudaMemPoolCreateUsage", "cudaArraySparsePropertiesSingleMipTail",
    "cudaExternalSemaphoreSignalSkip", "cudaExternalSemaphoreWaitSkip",
    # driver (cuda.h #defines)
    "CUDA_ARRAY3D_", "CU_TRSF_", "CU_TRSA_", "CU_MEMHOSTALLOC_", "CU_MEMHOSTREGISTER_",
    "CU_LAUNCH_PARAM_", "CU_KERNEL_NODE_ATTRIBUTE_", "CU_STREAM_ATTRIBUTE_",
    "CU_GRAPH_KERNEL_NODE_PORT_", "CUDA_COOPERATIVE_LAUNCH_MULTI_DEVICE_",
    "CUDA_NVSCISYNC_ATTR_", "CUDA_EXTERNAL_SEMAPHORE_SIGNAL_SKIP_",
    "CUDA_EXTERNAL_SEMAPHORE_WAIT_SKIP_", "CU_MEM_CREATE_USAGE_", "CU_GRAPH_COND_ASSIGN_",
    "CUDA_EGL_", "RESOURCE_ABI_",
    # cuBLASLt numerical-implementation flags are #defines
    "CUBLASLT_NUMERICAL_IMPL_FLAGS_",
    # cuDNN / cuFFT version and limit macros
    "CUDNN_VERSION", "CUDNN_MAJOR", "CUDNN_MINOR", "CUDNN_PATCHLEVEL", "CUFFT_VER",
)
MACRO_NAMES = frozenset({
    "cudaEventDefault", "cudaEventBlockingSync", "cudaEventDisableTiming",
    "cudaEventInterprocess", "cudaEventRecordDefault", "cudaEventRecordExternal",
    "cudaEventWaitDefault", "cudaEventWaitExternal",
    "cudaStreamDefault", "cudaStreamNonBlocking", "cudaStreamLegacy", "cudaStreamPerThread",
    "cudaDeviceBlockingSync", "cudaDeviceMapHost", "cudaDeviceLmemResizeToMax",
    "cudaDeviceSyncMemops", "cudaDeviceMask", "cudaDevicePropDontCare",
    "cudaArrayDefault", "cudaArrayLayered", "cudaArraySurfaceLoadStore", "cudaArrayCubemap",
    "cudaArrayTextureGather", "cudaArrayColorAttachment", "cudaArraySparse",
    "cudaArrayDeferredMapping", "cudaIpcMemLazyEnablePeerAccess", "cudaPeerAccessDefault",
    "cudaCpuDeviceId", "cudaInvalidDeviceId", "cudaInitDeviceFlagsAreValid",
    "cudaExternalMemoryDedicated", "cudaGraphCondAssignDefault",
    "CUDA_IPC_HANDLE_SIZE", "CU_IPC_HANDLE_SIZE", "CUDA_VERSION", "CUDA_CB", "CUDAAPI",
    "CU_DEVICE_CPU", "CU_DEVICE_INVALID", "CU_STREAM_LEGACY", "CU_STREAM_PER_THREAD",
    "CU_ARRAY_SPARSE_PROPERTIES_SINGLE_MIPTAIL", "CU_TENSOR_MAP_NUM_QWORDS",
    "CU_PARAM_TR_DEFAULT", "CU_COMPUTE_ACCELERATED_TARGET_BASE", "CUDA_EXTERNAL_MEMORY_DEDICATED",
    "MAX_PLANES", "CUFFT_FORWARD", "CUFFT_INVERSE", "MAX_CUFFT_ERROR", "CUDNN_DIM_MAX",
    "CUDNN_BN_MIN_EPSILON", "CUDNN_LRN_MIN_N", "CUDNN_LRN_MAX_N", "CUDNN_LRN_MIN_K",
    "CUDNN_LRN_MIN_BETA", "CUDNN_SEV_ERROR_EN", "CUDNN_SEV_WARNING_EN", "CUDNN_SEV_INFO_EN",
})

# Rules 8 and 10: last camelCase words that mark a type name. Strong ones never end an enum
# constant's name in these tables; weak ones do when the name extends an enum stem.
STRONG_TYPE_WORDS = frozenset({
    "Params", "Parms", "Desc", "Descriptor", "Properties", "Requirements", "Info", "Ptr",
    "Attributes", "Prop", "Props", "Pair", "Callback", "Fn", "Entry", "Struct", "Data",
    "Frame",
})
WEAK_TYPE_WORDS = frozenset({
    "Kind", "Attr", "Mode", "Type", "Flags", "Format", "Advise", "Status", "Result",
    "Policy", "Scope", "Options", "Config", "Carveout", "Window", "Value", "ID", "Extent",
    "Pos", "Array", "Resource", "Limit", "Handle", "Connection", "Cache", "Domain", "Map",
    "Attribute", "Reference", "Face", "List", "Layout",
})
# Rule 8: a stem ending in one of these names an enum; whatever extends it is a constant.
ENUM_STEM_WORDS = frozenset({
    "Kind", "Attr", "Mode", "Type", "Flags", "Format", "Status", "Result", "Error", "Limit",
    "Policy", "Scope", "Options", "Advise", "Config", "Carveout", "Face", "List",
})
# Rule 9: one of these inside a name (not first, not last) marks an enum constant
# (cudaDevAttrComputeMode, cudaReadModeElementType, cudaMemHandleTypePosixFileDescriptor).
INNER_ENUM_WORDS = frozenset({"Attr", "Type", "Mode", "Kind", "Flags", "Flag", "Error"})

CAMEL_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+")


def is_constant_like(name: str) -> bool:
    """ALL_CAPS: upper-case letters, digits and underscores; 'x' allowed between digits."""
    stripped = re.sub(r"(?<=\d)x(?=[\dA-Z])", "", name)
    return re.fullmatch(r"_*[A-Z][A-Z0-9_]*", stripped) is not None


def last_word(name: str) -> str:
    words = CAMEL_WORD_RE.findall(name)
    return words[-1] if words else name


def is_macro_name(name: str) -> bool:
    if re.fullmatch(r"__[A-Z][A-Z0-9_]*__", name):  # __CUDACC__ and friends
        return True
    return name in MACRO_NAMES or name.startswith(MACRO_PREFIXES)


def camel_extends(longer: str, stem: str) -> bool:
    """True when `longer` is `stem` followed by a new camelCase word."""
    if len(longer) <= len(stem) or not longer.startswith(stem):
        return False
    nxt = longer[len(stem)]
    return nxt.isupper() or nxt.isdigit()


def infer_kinds(library: str, rows: list["Row"]) -> dict[str, str]:
    """Kind for every CUDA name of one library (see the module docstring)."""
    kinds: dict[str, str] = {}
    type_rows = [r for r in rows if TYPE_SECTION_RE.search(r.family)]
    type_names = {r.cuda for r in type_rows}
    for row in rows:
        if row.cuda not in type_names:
            kinds[row.cuda] = "function"  # rule 1

    pending: list[str] = []
    stem_candidates: list[str] = []  # runtime names typed by rule 4 can be enum stems too
    for name in sorted(type_names):
        if library == "cub":
            kinds[name] = "macro"  # rule 2
        elif TYPE_SUFFIX_RE.search(name) or CAMEL_VERSION_SUFFIX_RE.search(name):
            kinds[name] = "type"  # rule 3
        elif any(name + s in type_names for s in SIBLING_SUFFIXES):
            kinds[name] = "type"  # rule 4
            stem_candidates.append(name)
        elif is_macro_name(name):
            kinds[name] = "macro"  # rule 5
        elif is_constant_like(name):
            kinds[name] = "enum-constant"  # rule 6
        elif library != "runtime" or not re.match(r"cuda[A-Z0-9]", name):
            kinds[name] = "type"  # rule 7
        else:
            pending.append(name)

    # Enum stems among the remaining runtime names (rules 8 and 10).
    stems = {
        stem for stem in pending + stem_candidates
        if sum(1 for n in pending if camel_extends(n, stem)) >= 2
    }
    for name in pending:
        # Rule 8: names that extend a stem.
        parents = [s for s in stems if camel_extends(name, s)]
        words = CAMEL_WORD_RE.findall(name)
        if parents:
            root = min(parents, key=len)
            added = CAMEL_WORD_RE.findall(name[len(root):])
            if last_word(root) in ENUM_STEM_WORDS:
                kinds[name] = "enum-constant"
            elif words[-1] in STRONG_TYPE_WORDS:
                kinds[name] = "type"
            elif len(added) == 1 and added[0] in WEAK_TYPE_WORDS:
                kinds[name] = "type"
            else:
                kinds[name] = "enum-constant"
        elif any(w in INNER_ENUM_WORDS for w in words[1:-1]):
            kinds[name] = "enum-constant"  # rule 9
        elif name in stems and words[-1] != "Error":
            kinds[name] = "type"  # rule 10, stems
        elif words[-1] in STRONG_TYPE_WORDS or words[-1] in WEAK_TYPE_WORDS:
            kinds[name] = "type"  # rule 10, type words
        else:
            kinds[name] = "enum-constant"  # rule 11
    return kinds


@dataclass
class Row:
    cuda: str
    family: str
    line: int
    cuda_versions: tuple[str, str, str]  # added, deprecated, removed
    hip: str
    hip_versions: tuple[str, str, str]
    hip_experimental: bool
    roc: str = ""
    roc_versions: tuple[str, str, str] = ("", "", "")
    roc_experimental: bool = False


@dataclass
class Table:
    library: str
    path: Path
    rows: list[Row] = field(default_factory=list)
    duplicates: list[tuple[Row, Row]] = field(default_factory=list)  # (kept, dropped)


class TableError(Exception):
    pass


def clean_cell(cell: str) -> str:
    cell = cell.strip()
    if len(cell) >= 2 and cell.startswith("`") and cell.endswith("`"):
        cell = cell[1:-1].strip()
    return cell


def check_version(value: str, path: Path, line: int) -> str:
    if value and not VERSION_RE.match(value):
        raise TableError(f"{path.name}:{line}: not a version: {value!r}")
    return value


def parse_table(library: str, path: Path) -> Table:
    table = Table(library, path)
    seen: dict[str, Row] = {}
    family = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        heading = HEADING_RE.match(raw)
        if heading:
            family = heading.group(1).replace("*", "").strip()
            continue
        if not raw.startswith("|`"):
            continue
        if family is None:
            raise TableError(f"{path.name}:{number}: table row before any section heading")
        cells = raw.rstrip().split("|")
        if cells[0] != "" or cells[-1] != "":
            raise TableError(f"{path.name}:{number}: row does not start and end with '|'")
        cells = [clean_cell(c) for c in cells[1:-1]]
        if len(cells) not in (11, 17):
            raise TableError(f"{path.name}:{number}: expected 11 or 17 cells, found {len(cells)}")
        for value in cells:
            if "\t" in value or '"""' in value:
                raise TableError(f"{path.name}:{number}: cell contains a tab or triple quote")
        v = lambda i: check_version(cells[i], path, number)  # noqa: E731
        row = Row(
            cuda=cells[0],
            family=family,
            line=number,
            cuda_versions=(v(1), v(2), v(4)),
            hip=cells[5],
            hip_versions=(v(6), v(7), v(9)),
            hip_experimental=cells[10] != "",
        )
        if len(cells) == 17:
            row.roc = cells[11]
            row.roc_versions = (v(12), v(13), v(15))
            row.roc_experimental = cells[16] != ""
        if not row.cuda:
            raise TableError(f"{path.name}:{number}: empty CUDA name")
        if row.cuda in seen:
            table.duplicates.append((seen[row.cuda], row))
            continue
        seen[row.cuda] = row
        table.rows.append(row)
    if not table.rows:
        raise TableError(f"{path.name}: no table rows found")
    return table


def status_of(name: str, versions: tuple[str, str, str], experimental: bool) -> str:
    if not name:
        return "unsupported"
    _added, deprecated, removed = versions
    if removed:
        return "removed"
    if experimental:
        return "experimental"
    if deprecated:
        return "deprecated"
    return "supported"


OVERRIDE_COLUMNS = ["library", "match", "field", "value", "reason"]
NOTE_FIELDS = ("checked-missing", "known-missing", "alias-differs")
DATA_FIELDS = tuple(c for c in COLUMNS if c not in ("cudaName", "library"))
REQUIRED_FIELDS = ("family", "kind", "status", "rocStatus")
STATUSES = ("supported", "deprecated", "experimental", "removed", "unsupported")
KINDS = ("function", "type", "enum-constant", "macro", "header")
SELECTOR_RE = re.compile(r"^(cuda|hip|family|kind):(.+)$")
PLAIN_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SUBSTITUTION_RE = re.compile(r"^s/((?:[^/\\]|\\.)+)/((?:[^/\\]|\\.)*)/$")


@dataclass
class Override:
    """One row of the override file (see "Overrides" in the module docstring)."""

    source: str       # "mapping_overrides.tsv:12"
    line: int
    library: str      # a library value or "*"
    match: str
    column: str       # the TSV column to set, or a note (NOTE_FIELDS)
    value: str
    reason: str
    selectors: list[tuple[str, str]] = field(default_factory=list)  # empty: exact CUDA name

    @property
    def exact(self) -> bool:
        return not self.selectors

    def matches(self, cuda: str, library: str, family: str, kind: str, hip: str) -> bool:
        if self.library != "*" and self.library != library:
            return False
        if self.exact:
            return cuda == self.match
        values = {"cuda": cuda, "hip": hip, "family": family, "kind": kind}
        for key, pattern in self.selectors:
            if key in ("cuda", "hip"):
                if not fnmatch.fnmatchcase(values[key], pattern):
                    return False
            elif values[key] != pattern:
                return False
        return True


def read_overrides(path: Path) -> list[Override]:
    """Parses the override file; raises TableError naming the line of the first problem."""
    libraries = {lib for lib, _ in LIBRARIES}
    rules: list[Override] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        where = f"{path.name}:{number}"
        cells = raw.split("\t")
        if len(cells) != len(OVERRIDE_COLUMNS):
            raise TableError(f"{where}: expected {len(OVERRIDE_COLUMNS)} tab-separated fields, "
                             f"found {len(cells)}")
        library, match, fld, value, reason = (c.strip() for c in cells)
        if library != "*" and library not in libraries:
            raise TableError(f"{where}: unknown library {library!r}")
        if not reason:
            raise TableError(f"{where}: a reason is required")
        if '"""' in value or '"""' in reason:
            raise TableError(f"{where}: triple quote")
        selectors: list[tuple[str, str]] = []
        if not PLAIN_NAME_RE.match(match):
            for part in match.split("&"):
                selector = SELECTOR_RE.match(part.strip())
                if not selector:
                    raise TableError(f"{where}: bad match {match!r} (a CUDA name, or "
                                     "cuda:/hip:/family:/kind: selectors joined by &)")
                if selector.group(1) == "kind" and selector.group(2) not in KINDS:
                    raise TableError(f"{where}: unknown kind {selector.group(2)!r}")
                selectors.append((selector.group(1), selector.group(2)))
        substitution = SUBSTITUTION_RE.match(value) if fld in DATA_FIELDS else None
        if substitution:
            try:
                re.compile(substitution.group(1))
            except re.error as error:
                raise TableError(f"{where}: bad pattern in {value!r}: {error}") from error
        if fld in NOTE_FIELDS:
            if fld in ("checked-missing", "known-missing") and value:
                raise TableError(f"{where}: {fld} takes no value")
            if fld == "alias-differs" and not value:
                raise TableError(f"{where}: alias-differs needs AMD's alias as its value")
        elif fld in DATA_FIELDS:
            if substitution:
                pass  # checked when applied
            elif fld in REQUIRED_FIELDS and not value:
                raise TableError(f"{where}: {fld} cannot be empty")
            if fld in ("status", "rocStatus") and value not in STATUSES:
                raise TableError(f"{where}: unknown status {value!r}")
            if fld == "kind" and value not in KINDS:
                raise TableError(f"{where}: unknown kind {value!r}")
            if (fld.endswith(("Added", "Deprecated", "Removed"))
                    and value and not VERSION_RE.match(value)):
                raise TableError(f"{where}: not a version: {value!r}")
        else:
            raise TableError(f"{where}: unknown field {fld!r} (a TSV column or one of "
                             f"{', '.join(NOTE_FIELDS)})")
        rules.append(Override(where, number, library, match, fld, value, reason, selectors))
    return rules


def apply_overrides(records: list[dict[str, str]], rules: list[Override]) -> int:
    """Applies the data rows in order and checks every row matches; returns fields changed."""
    changed = 0
    for rule in rules:
        hits = [r for r in records
                if rule.matches(r["cudaName"], r["library"], r["family"], r["kind"], r["hipName"])]
        if not hits:
            raise TableError(f"{rule.source}: matches no entry")
        if rule.exact and len(hits) > 1:
            raise TableError(f"{rule.source}: {rule.match} is in {len(hits)} libraries; "
                             "give the library")
        if rule.column in NOTE_FIELDS:
            continue
        substitution = SUBSTITUTION_RE.match(rule.value)
        for record in hits:
            if substitution:
                pattern = substitution.group(1)
                replacement = substitution.group(2).replace("\\/", "/")
                value = re.sub(pattern, replacement, record[rule.column])
                if value == record[rule.column]:
                    raise TableError(f"{rule.source}: {rule.value} does not change "
                                     f"{record['cudaName']}'s {rule.column} {value!r}")
            else:
                value = rule.value
            if rule.column in ("status", "rocStatus") and value not in STATUSES:
                raise TableError(f"{rule.source}: {record['cudaName']}: status {value!r}")
            if (rule.column.endswith(("Added", "Deprecated", "Removed"))
                    and value and not VERSION_RE.match(value)):
                raise TableError(f"{rule.source}: {record['cudaName']}: not a version {value!r}")
            if record[rule.column] != value:
                record[rule.column] = value
                changed += 1
    return changed


def build_records(tables: list[Table]) -> list[dict[str, str]]:
    records = []
    for table in tables:
        kinds = infer_kinds(table.library, table.rows)
        for row in sorted(table.rows, key=lambda r: r.cuda):
            fields = [
                row.cuda, table.library, row.family, kinds[row.cuda], row.hip, row.roc,
                status_of(row.hip, row.hip_versions, row.hip_experimental),
                status_of(row.roc, row.roc_versions, row.roc_experimental),
                *row.cuda_versions, *row.hip_versions, *row.roc_versions,
            ]
            records.append(dict(zip(COLUMNS, fields)))
    return records


def build_tsv(records: list[dict[str, str]]) -> str:
    lines = ["\t".join(COLUMNS)]
    for record in records:
        lines.append("\t".join(record[c] for c in COLUMNS))
    return "\n".join(lines) + "\n"


def table_counts(tables: list[Table]) -> str:
    """Swift source for the tables' own counts per library (rows, with a HIP name, with a ROC
    name), taken before the overrides: what `apis --summary` shows as the reference counts."""
    lines = ["/// Per library, as the reference tables give them (before Scripts/mapping_overrides.tsv):",
             "/// rows, rows with a HIP name, rows with a ROC (or MIOpen) name.",
             "public let referenceTableCounts: [String: (rows: Int, hipNames: Int, rocNames: Int)] = ["]
    for table in tables:
        hip = sum(1 for r in table.rows if r.hip)
        roc = sum(1 for r in table.rows if r.roc)
        lines.append(f'    "{table.library}": ({len(table.rows)}, {hip}, {roc}),')
    return "\n".join(lines) + "\n]\n"


def render_swift(tsv: str, counts: str) -> str:
    return (
        "// Generated by Scripts/generate_mapping.py from Data/hipify-tables and "
        "Scripts/mapping_overrides.tsv; do not edit.\n"
        "// Run `python3 Scripts/generate_mapping.py` to regenerate it.\n"
        "//\n"
        "// Source data: AMD HIPIFY documentation tables (MIT licence).\n"
        "// Columns: " + ", ".join(COLUMNS) + ". An empty field means none.\n"
        "\n"
        "/// The CUDA -> HIP/ROCm mapping table as tab-separated text, parsed by "
        "`MappingDatabase.builtIn`.\n"
        "let generatedMappingTSV = #\"\"\"\n"
        + tsv
        + "\"\"\"#\n"
        + "\n"
        + counts
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=Path, default=DEFAULT_TABLES,
                        help=f"directory of hipify tables (default: {DEFAULT_TABLES})")
    parser.add_argument("--overrides", type=Path, default=DEFAULT_OVERRIDES,
                        help=f"override file applied after the tables (default: {DEFAULT_OVERRIDES})")
    parser.add_argument("--no-overrides", action="store_true",
                        help="apply no override file (the tables as they are)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"Swift file to write (default: {DEFAULT_OUTPUT})")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the output file is not up to date; write nothing")
    args = parser.parse_args(argv)

    if not args.tables.is_dir():
        print(f"error: tables directory not found: {args.tables}", file=sys.stderr)
        return 2
    try:
        tables = [parse_table(lib, args.tables / name) for lib, name in LIBRARIES]
        rules = [] if args.no_overrides else read_overrides(args.overrides)
        records = build_records(tables)
        changed = apply_overrides(records, rules)
    except (OSError, TableError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    for table in tables:
        for kept, dropped in table.duplicates:
            print(f"duplicate: {table.library} {dropped.cuda} at {table.path.name}:{dropped.line}"
                  f" ignored (kept line {kept.line})")
    owners: dict[str, list[str]] = {}
    for table in tables:
        for row in table.rows:
            owners.setdefault(row.cuda, []).append(table.library)
    shared = sorted(n for n, libs in owners.items() if len(libs) > 1)
    if shared:
        print(f"note: {len(shared)} CUDA names appear in more than one library "
              f"(kept in each): {', '.join(shared)}")

    content = render_swift(build_tsv(records), table_counts(tables))
    if args.check:
        try:
            current = args.output.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != content:
            print(f"{args.output} is out of date, run python3 Scripts/generate_mapping.py",
                  file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(content, encoding="utf-8")
    total = sum(len(t.rows) for t in tables)
    print(f"wrote {args.output} ({total} entries)")
    data_rules = sum(1 for r in rules if r.column not in NOTE_FIELDS)
    print(f"  overrides: {len(rules)} rows ({data_rules} changing data, {changed} fields changed)")
    for table in tables:
        mapped = sum(1 for r in table.rows if r.hip)
        print(f"  {table.library:<10} {len(table.rows):>5} rows, {mapped:>5} with a HIP name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
