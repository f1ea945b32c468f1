#!/usr/bin/env python3
"""Cross-check the mapping database against AMD's current HIP declarations on PyPI.

Usage:
    python3 Scripts/pypi_crosscheck.py [--fetch] [--cache DIR | --packages DIR]
                                       [--database FILE] [--overrides FILE]
                                       [--lookup NAME ...] [--verbose]
    python3 Scripts/pypi_crosscheck.py --fetch-only [--quiet]
    python3 Scripts/pypi_crosscheck.py --self-test

The mapping database (``Sources/Mapping/GeneratedMappingData.swift``) comes from HIPIFY tables
of late 2024. AMD publishes the declarations of today's HIP and hip* libraries as Cython
``.pxd`` files inside three wheels on PyPI (versions pinned in ``PINNED`` below, the one place
they are set):

* ``rocm-bindings-hip``: ``rocm/bindings/cyhip.pxd`` (HIP runtime and driver API: every
  enum, struct, typedef and function of ``hip/hip_runtime.h``'s C API and a subset of its
  integer #defines) and ``cyhiprtc.pxd`` (hipRTC);
* ``rocm-bindings-libraries``: ``cyhipblas``, ``cyhipblaslt``, ``cyhipdnn_backend``,
  ``cyhipfft``, ``cyhiprand``, ``cyhipsolver``, ``cyhipsparse``, ``cyhipsparselt`` and
  ``cyhiptensor`` (no rocBLAS, rocSPARSE, rocRAND, rocSOLVER or MIOpen);
* ``hip-python-interop``: ``cuda/bindings/cyruntime.pxd`` and ``cydriver.pxd`` (the same
  file), ``cynvrtc.pxd`` and ``cycufile.pxd``: AMD's own CUDA-name -> HIP-name aliases, e.g.
  ``from rocm.bindings.cyhip cimport hipMalloc as cudaMalloc``.

The wheels (3.2, 6.3 and 3.0 MB) are binary (compiled Cython modules), but nothing is
installed or compiled: with
``--fetch`` the script runs ``pip download --no-deps`` for the pinned abi3 manylinux wheels
(the same files whatever Python or OS runs the script), checks their SHA-256, and unpacks only
the ``*.pxd`` members into ``--cache`` (default ``.build/pypi-crosscheck``). A later run
finds them there and needs no network. ``--packages DIR`` instead reads an existing
installation (a site-packages directory, or any directory holding ``rocm/bindings/cy*.pxd``
and ``cuda/bindings/cy*.pxd``).

What is checked
===============

1. Declared names. Every entry whose status is supported, deprecated or experimental and
   whose library is one of ``CHECKED_LIBRARIES`` must have its ``hipName`` declared in the
   bindings (in any scanned ``rocm.bindings.cy*`` module; the report counts which module each
   was found in). Libraries without bindings are not checked (``UNCHECKED_LIBRARIES`` gives
   the reason for each), nor are the ROCm-library names (``rocName``: rocBLAS, rocSPARSE,
   rocRAND, rocSOLVER, MIOpen), for which no bindings are published.
2. AMD's interop aliases. Every CUDA name that ``cuda.bindings.cy*`` aliases to a HIP name is
   compared with the database's ``hipName`` for that CUDA name. The same name, or two names
   that one is a plain typedef of the other in the bindings (``hipUUID_t``/``hipUUID``),
   agree; anything else is a disagreement. Aliases for CUDA names the database calls
   unsupported, or does not list, are counted and listed, not failed.

Missing names and alias disagreements are explained in ``Scripts/mapping_overrides.tsv``
(format: see ``Scripts/generate_mapping.py``): a ``checked-missing`` row says why an entry's
hipName may be absent from the bindings although today's ROCm has it, a ``known-missing`` row
why an entry whose hipName today's ROCm lacks is kept (the report lists these apart), an
``alias-differs`` row why AMD's alias may differ. Rows that change
data (a renamed hipName, a status of ``removed``) are applied by the generator, so the
database this script reads already carries them.

Exit status: 0 when every checked name is declared or explained, every disagreement is
explained and no explanation is stale (an explained name that is now declared, or an
``alias-differs`` whose alias changed); 1 otherwise; 2 for a usage or input error; 3 when
the packages are not in the cache and could not be downloaded (PyPI unreachable, pip
missing).

The .pxd scanner
================

Not a Cython parser: a line scanner for the subset that AMD's generated ``.pxd`` files use.
Comments (``#`` outside a string) are dropped, and lines are joined while parentheses are
open (multi-line prototypes, ``from M cimport (A, B as C, ...)``). Indentation gives blocks.
It recognises:

* ``cdef extern from "header.h" [nogil]:`` -- its body holds declarations like the top level;
* ``[cdef|ctypedef|cpdef] [packed] enum [Name] ["cname"]:`` -- a type (when named) and one
  enum constant per body line (``A``, ``A = expr``, ``A "cname"``, ``A, B``);
* ``[cdef|ctypedef] [packed] struct|union Name ["cname"][:]`` -- a type (the Cython name; the
  quoted C name is ignored); the body (fields) is skipped;
* ``ctypedef <type> Name`` and ``ctypedef <ret> (*Name)(<args>)`` -- a type (typedef); when
  ``<type>`` is a single name, ``Name`` is recorded as a typedef of it;
* ``[cdef] <ret> Name(<args>) [except ...] [noexcept] [nogil]`` -- a function;
* ``[cdef] <type> Name`` -- a constant (how the bindings declare HIP's ``#define`` values and
  global constants, e.g. ``cdef int hipStreamDefault``);
* ``from M cimport A [as B], ...`` -- an import (``cimport *`` is accepted and ignored); with ``as``, an alias ``B -> A`` (the
  interop files), resolved through ``ctypedef A C`` chains (``ctypedef CUresult cudaError_t``
  makes ``cudaError_t`` an alias of what ``CUresult`` aliases: ``hipError_t``);
* ``cimport M [as N]``, ``pass`` and ``ctypedef bint _Bool``-style lines.

Anything else is counted as unrecognised and listed with ``--verbose``; for the pinned files
the count is 0 (the MappingTests PyPI test asserts it), so a new construct in a new version
cannot be skipped silently. ``--self-test`` runs the scanner on a built-in sample of every
construct above (no network).

What the bindings cannot show: hip-python generates the ``.pxd`` files from the C headers, so
C++-only declarations (templates, the ``texture<>`` class), ``static inline`` helpers,
#defines whose value is an identifier or a cast (``#define hipStreamPerThread
((hipStream_t)2)``, ``#define HIPRTC_JIT_INPUT_CUBIN hipJitInputCubin``), some integer
#defines, and headers it does not wrap (device headers, OpenGL interop, hipfftXt.h,
hiprand_kernel.h, hip_math_constants.h) are absent although they exist. A name absent for
such a reason is a ``checked-missing`` note in the override file, with the evidence; a name
that is absent from a declaration the bindings carry in full (an enum) is not in today's
ROCm and is either fixed in the data or a ``known-missing`` note.

Only the Python standard library is used (plus ``pip``, run as a program, for ``--fetch``).
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO_ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))
import generate_mapping  # noqa: E402  (the override-file parser and the column names)

DEFAULT_DATABASE = REPO_ROOT / "Sources" / "Mapping" / "GeneratedMappingData.swift"
DEFAULT_OVERRIDES = generate_mapping.DEFAULT_OVERRIDES
DEFAULT_CACHE = REPO_ROOT / ".build" / "pypi-crosscheck"

# The pinned wheels: (distribution, version, wheel file name, SHA-256). The abi3 manylinux
# wheels are used whatever Python runs this script; their .pxd files are identical to those
# of the per-version (cp310, cp311) wheels.
PINNED = [
    ("rocm-bindings-hip", "10.0.0.0.1.2",
     "rocm_bindings_hip-10.0.0.0.1.2-cp312-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64"
     ".manylinux_2_28_x86_64.whl",
     "9d31be6c1a4c19d4ded2f2222da3f4bce14d81c58680bd119bffce983e466039"),
    ("rocm-bindings-libraries", "10.0.0.0.1.2",
     "rocm_bindings_libraries-10.0.0.0.1.2-cp312-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64"
     ".manylinux_2_28_x86_64.whl",
     "3abc6b3eb47827c5bad9ee30cbabcdcbb90cc1ebd3b56e05a327dedcf8f762c2"),
    ("hip-python-interop", "10.0.0.0.1.2",
     "hip_python_interop-10.0.0.0.1.2-cp312-abi3-manylinux1_x86_64.manylinux_2_28_x86_64"
     ".manylinux_2_5_x86_64.whl",
     "32f5bc88cdba6a3a05a5a00fe83356d20c6e1d96b1b60170c3e80cdb588c6846"),
]
PIP_TAGS = ["--only-binary=:all:", "--implementation", "cp", "--python-version", "3.12",
            "--abi", "abi3", "--platform", "manylinux_2_28_x86_64"]

# Library -> the bindings modules that declare its HIP names (the report's "expected module";
# a name declared in another scanned module also counts, and is counted as such).
CHECKED_LIBRARIES = {
    "runtime": ["rocm.bindings.cyhip"],
    "driver": ["rocm.bindings.cyhip"],
    "rtc": ["rocm.bindings.cyhiprtc"],
    "cublas": ["rocm.bindings.cyhipblas", "rocm.bindings.cyhipblaslt"],
    "cudnn": ["rocm.bindings.cyhipdnn_backend"],
    "curand": ["rocm.bindings.cyhiprand"],
    "cufft": ["rocm.bindings.cyhipfft"],
    "cusparse": ["rocm.bindings.cyhipsparse"],
    "cusolver": ["rocm.bindings.cyhipsolver"],
}
UNCHECKED_LIBRARIES = {
    "device": "device intrinsics and math functions live in HIP's device headers "
              "(amd_detail/*), which the host-side bindings do not cover",
    "cub": "hipCUB is a C++ template library; the bindings have no hipCUB module",
    "cucomplex": "hip/hip_complex.h is header-only inline code; the bindings have no "
                 "hipComplex module",
}
CHECKED_STATUSES = ("supported", "deprecated", "experimental")
INTEROP_PREFIX = "cuda.bindings."
HIP_PREFIX = "rocm.bindings."


# MARK: - .pxd scanner

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
EXTERN_RE = re.compile(r'^cdef\s+extern\s+from\s+(?:"[^"]*"|\*)\s*(?:nogil\s*)?:$')
ENUM_RE = re.compile(rf'^(?:(?:cdef|ctypedef|cpdef)\s+)?(?:packed\s+)?enum(?:\s+({IDENT}))?'
                     rf'(?:\s+"[^"]*")?\s*:$')
STRUCT_RE = re.compile(rf'^(?:(?:cdef|ctypedef)\s+)?(?:packed\s+)?(?:struct|union)\s+({IDENT})'
                       rf'(?:\s+"[^"]*")?\s*(:)?$')
FNPTR_TYPEDEF_RE = re.compile(rf'^ctypedef\s+[^()]*\(\s*\*\s*({IDENT})\s*\)\s*\(.*\)$')
TYPEDEF_RE = re.compile(rf'^ctypedef\s+(.+?)\s*\b({IDENT})\s*(\[[^\]]*\])*$')
FUNCTION_RE = re.compile(rf'^(?:cdef\s+)?(?:inline\s+)?(.+?)\b({IDENT})\s*\((.*)\)'
                         rf'(?:\s*const)?(?:\s+(?:except\s*[?*+]?\s*[^\s]+|noexcept|nogil|with\s+gil))*$')
VARIABLE_RE = re.compile(rf'^cdef\s+(?:const\s+)?(.+?)\s*\b({IDENT})\s*(\[[^\]]*\])*$')
FROM_CIMPORT_RE = re.compile(rf'^from\s+([\w.]+)\s+cimport\s+(.+)$')
CIMPORT_RE = re.compile(rf'^cimport\s+[\w.]+(?:\s+as\s+{IDENT})?$')
ENUM_MEMBER_RE = re.compile(rf'^({IDENT})(?:\s+"[^"]*")?(?:\s*=\s*.+)?$')
BODY_SKIP = ("pass",)


@dataclass
class Module:
    """What one .pxd file declares."""

    name: str                                   # e.g. rocm.bindings.cyhip
    kinds: dict[str, str] = field(default_factory=dict)       # name -> kind (first wins)
    typedefs: dict[str, str] = field(default_factory=dict)    # new name -> single-name target
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (module, name)
    unrecognised: list[tuple[int, str]] = field(default_factory=list)

    def declare(self, name: str, kind: str) -> None:
        self.kinds.setdefault(name, kind)


def strip_comment(line: str) -> str:
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#":
            return line[:index]
    return line


def logical_lines(text: str) -> list[tuple[int, int, str]]:
    """(line number, indent, text) per logical line: comments dropped, blank lines skipped,
    lines joined while parentheses are open."""
    result: list[tuple[int, int, str]] = []
    pending: tuple[int, int, str] | None = None
    depth = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw).rstrip()
        if pending is None:
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" \t"))
            pending = (number, indent, line.strip())
        else:
            pending = (pending[0], pending[1], pending[2] + " " + line.strip())
        depth = pending[2].count("(") - pending[2].count(")")
        if depth <= 0:
            result.append(pending)
            pending = None
    if pending is not None:
        result.append(pending)
    return result


def scan_pxd(name: str, text: str) -> Module:
    module = Module(name)
    # Block stack: (indent of the header line, kind) with kind "extern", "enum", "skip".
    stack: list[tuple[int, str]] = []
    for number, indent, line in logical_lines(text):
        while stack and indent <= stack[-1][0]:
            stack.pop()
        block = stack[-1][1] if stack else "top"
        if block == "skip":
            continue
        if block == "enum":
            for part in line.split(","):
                part = part.strip()
                if not part:
                    continue
                member = ENUM_MEMBER_RE.match(part)
                if member:
                    module.declare(member.group(1), "enum-constant")
                elif part not in BODY_SKIP:
                    module.unrecognised.append((number, line))
            continue
        opens = line.endswith(":")
        if EXTERN_RE.match(line):
            stack.append((indent, "extern"))
            continue
        enum = ENUM_RE.match(line)
        if enum:
            if enum.group(1):
                module.declare(enum.group(1), "type")
            stack.append((indent, "enum"))
            continue
        struct = STRUCT_RE.match(line)
        if struct:
            module.declare(struct.group(1), "type")
            if struct.group(2):
                stack.append((indent, "skip"))  # fields
            continue
        if opens:  # a block we do not know (cdef class, inline function body, ...)
            module.unrecognised.append((number, line))
            stack.append((indent, "skip"))
            continue
        fnptr = FNPTR_TYPEDEF_RE.match(line)
        if fnptr:
            module.declare(fnptr.group(1), "type")
            continue
        typedef = TYPEDEF_RE.match(line)
        if typedef:
            target, new = typedef.group(1).strip(), typedef.group(2)
            module.declare(new, "type")
            if re.fullmatch(IDENT, target) and not typedef.group(3):
                module.typedefs.setdefault(new, target)
            continue
        imported = FROM_CIMPORT_RE.match(line)
        if imported:
            source, names = imported.group(1), imported.group(2).strip()
            if names.startswith("(") and names.endswith(")"):
                names = names[1:-1]
            for item in names.split(","):
                item = item.strip()
                if not item or item == "*":
                    continue  # `cimport *` re-exports a module; it declares nothing new
                alias = re.fullmatch(rf"({IDENT})(?:\s+as\s+({IDENT}))?", item)
                if not alias:
                    module.unrecognised.append((number, line))
                    continue
                local = alias.group(2) or alias.group(1)
                module.imports.setdefault(local, (source, alias.group(1)))
            continue
        if CIMPORT_RE.match(line) or line in BODY_SKIP:
            continue
        function = FUNCTION_RE.match(line)
        if function and not line.startswith("ctypedef"):
            module.declare(function.group(2), "function")
            continue
        variable = VARIABLE_RE.match(line) if block == "top" else None
        if variable is None and block == "extern":
            variable = VARIABLE_RE.match(line if line.startswith("cdef") else "cdef " + line)
        if variable and not line.startswith("ctypedef"):
            module.declare(variable.group(2), "constant")
            continue
        module.unrecognised.append((number, line))
    return module


def module_name(root: Path, path: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts)


def scan_tree(root: Path) -> dict[str, Module]:
    """Every rocm/bindings/cy*.pxd and cuda/bindings/cy*.pxd under root."""
    modules: dict[str, Module] = {}
    for sub in ("rocm/bindings", "cuda/bindings"):
        directory = root / sub
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("cy*.pxd")):
            name = module_name(root, path)
            modules[name] = scan_pxd(name, path.read_text(encoding="utf-8"))
    return modules


# MARK: - Fetching


class FetchError(Exception):
    pass


def cache_root(cache: Path) -> Path:
    """Where the unpacked .pxd files of the pinned versions live."""
    tag = hashlib.sha256("".join(p[3] for p in PINNED).encode()).hexdigest()[:12]
    return cache / f"pxd-{tag}"


def fetch(cache: Path, quiet: bool) -> Path:
    """Downloads the pinned wheels (unless already unpacked) and returns the .pxd root."""
    root = cache_root(cache)
    marker = root / ".complete"
    if marker.is_file():
        return root
    if importlib.util.find_spec("pip") is None:
        raise FetchError(f"pip is not installed for {sys.executable} "
                         "(Debian: apt-get install python3-pip)")
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache, prefix="download-") as temp:
        temp_path = Path(temp)
        wheels = temp_path / "wheels"
        requirements = [f"{name}=={version}" for name, version, _, _ in PINNED]
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                   "--no-cache-dir", "--retries", "1", "--timeout", "30", *PIP_TAGS,
                   "--dest", str(wheels), *requirements]
        if not quiet:
            print("fetching " + ", ".join(requirements), file=sys.stderr)
        try:
            result = subprocess.run(command, capture_output=True, text=True)
        except OSError as error:
            raise FetchError(f"cannot run pip ({error})") from error
        if result.returncode != 0:
            tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-6:])
            raise FetchError(f"pip download failed (exit {result.returncode}); is PyPI reachable?\n{tail}")
        unpacked = temp_path / "pxd"
        for name, version, filename, digest in PINNED:
            wheel = wheels / filename
            if not wheel.is_file():
                found = ", ".join(sorted(p.name for p in wheels.glob("*.whl")))
                raise FetchError(f"pip did not download {filename} (got: {found})")
            actual = hashlib.sha256(wheel.read_bytes()).hexdigest()
            if actual != digest:
                raise FetchError(f"{filename}: SHA-256 {actual}, expected {digest}")
            with zipfile.ZipFile(wheel) as archive:
                for member in archive.namelist():
                    if member.endswith(".pxd") and ".." not in Path(member).parts:
                        target = unpacked / member
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(archive.read(member))
        (unpacked / ".complete").write_text(
            "".join(f"{n} {v} {f} {d}\n" for n, v, f, d in PINNED), encoding="utf-8")
        if root.exists():
            shutil.rmtree(root)
        os.replace(unpacked, root)
    return root


# MARK: - Database and overrides


@dataclass
class Entry:
    cuda: str
    library: str
    family: str
    kind: str
    hip: str
    status: str


def read_database(path: Path) -> list[Entry]:
    text = path.read_text(encoding="utf-8")
    start = text.index('#"""\n') + len('#"""\n')
    end = text.rindex('"""#')
    lines = text[start:end].splitlines()
    header = lines[0].split("\t")
    if header != generate_mapping.COLUMNS:
        raise ValueError(f"{path}: unexpected TSV header")
    column = {name: i for i, name in enumerate(header)}
    entries = []
    for line in lines[1:]:
        if not line:
            continue
        f = line.split("\t")
        entries.append(Entry(f[column["cudaName"]], f[column["library"]], f[column["family"]],
                             f[column["kind"]], f[column["hipName"]], f[column["status"]]))
    return entries


def rule_label(rule: "generate_mapping.Override") -> str:
    return f"{rule.source}: {rule.library} {rule.match}"


# MARK: - Check


@dataclass
class Result:
    lines: list[str]
    failed: bool


def describe_rule(label: str, reason: str, names: list[str], verbose: bool) -> list[str]:
    """A rule's report lines: where it is, what it says, and the CUDA names it explains."""
    shown = names if verbose or len(names) <= 8 else names[:8]
    more = "" if len(shown) == len(names) else f", ... ({len(names) - len(shown)} more)"
    return [f"  {label} ({len(names)}): {reason}", "      " + ", ".join(shown) + more]


def resolve_alias(module: Module, modules: dict[str, Module], name: str) -> tuple[str, str] | None:
    """(HIP module, HIP name) that a CUDA name of an interop module stands for, following
    ctypedef chains and interop-to-interop imports."""
    seen = set()
    current_module, current = module, name
    while (current_module.name, current) not in seen:
        seen.add((current_module.name, current))
        if current in current_module.imports:
            source, original = current_module.imports[current]
            if source.startswith(HIP_PREFIX):
                return (source, original)
            if source in modules:
                current_module, current = modules[source], original
                continue
            return None
        if current in current_module.typedefs:
            current = current_module.typedefs[current]
            continue
        return None
    return None


def typedef_equivalent(a: str, b: str, hip_modules: list[Module]) -> bool:
    """True when a and b name the same type through plain (non-pointer) typedefs."""
    def root(name: str) -> str:
        seen = set()
        while name not in seen:
            seen.add(name)
            for module in hip_modules:
                if name in module.typedefs:
                    name = module.typedefs[name]
                    break
            else:
                return name
        return name
    return root(a) == root(b)


def check(entries: list[Entry], modules: dict[str, Module], overrides: list,
          lookups: list[str], verbose: bool) -> Result:
    out: list[str] = []
    failed = False
    hip_modules = [m for n, m in sorted(modules.items()) if n.startswith(HIP_PREFIX)]
    interop_modules = [m for n, m in sorted(modules.items()) if n.startswith(INTEROP_PREFIX)]
    declared: dict[str, list[str]] = defaultdict(list)  # name -> modules declaring it
    for module in hip_modules:
        for name in module.kinds:
            declared[name].append(module.name)

    out.append("PyPI cross-check: the cu2hip mapping database against AMD's HIP Python bindings")
    out.append("")
    out.append("packages:")
    for name, version, filename, digest in PINNED:
        out.append(f"  {name}=={version}  {filename}  sha256:{digest[:16]}")
    out.append("")
    out.append("declarations scanned (functions / types / enum constants / constants / "
               "imports; unrecognised lines):")
    total_unrecognised = 0
    for module in hip_modules + interop_modules:
        count = Counter(module.kinds.values())
        total_unrecognised += len(module.unrecognised)
        out.append(f"  {module.name:<36} {count['function']:>5} {count['type']:>5} "
                   f"{count['enum-constant']:>5} {count['constant']:>5} {len(module.imports):>5}; "
                   f"{len(module.unrecognised)}")
        if verbose:
            for number, line in module.unrecognised:
                out.append(f"      unrecognised line {number}: {line}")
    out.append(f"  unrecognised lines in all: {total_unrecognised}")
    if not hip_modules or "rocm.bindings.cyhip" not in modules:
        out.append("error: rocm/bindings/cyhip.pxd not found")
        return Result(out, True)

    # Which override rules explain what.
    missing_rules = [r for r in overrides if r.column in ("checked-missing", "known-missing")]
    alias_rules = [r for r in overrides if r.column == "alias-differs"]
    matched_by: dict[int, list] = defaultdict(list)
    index_of = {id(e): i for i, e in enumerate(entries)}
    for rule in missing_rules + alias_rules:
        for entry in entries:
            if rule.matches(entry.cuda, entry.library, entry.family, entry.kind, entry.hip):
                matched_by[index_of[id(entry)]].append(rule)

    # 1. Declared names.
    out.append("")
    out.append("declared names: entries with status " + "/".join(CHECKED_STATUSES) +
               " whose hipName must be declared")
    out.append("  (declared: in the bindings; elsewhere: declared, but not in the library's own module;")
    out.append("   checked: missing from the bindings but in today's ROCm (checked-missing);")
    out.append("   known: missing from today's ROCm too, kept (known-missing); unexplained: neither)")
    out.append(f"  {'library':<9} {'module':<28} {'entries':>7} {'declared':>8} "
               f"{'elsewhere':>9} {'missing':>7} {'checked':>7} {'known':>5} {'unexplained':>11}")
    explained_by_rule: dict[str, list[Entry]] = defaultdict(list)
    unexplained: list[Entry] = []
    totals = Counter()
    for library, expected in CHECKED_LIBRARIES.items():
        count = Counter()
        for entry in entries:
            if entry.library != library or entry.status not in CHECKED_STATUSES:
                continue
            count["entries"] += 1
            where = declared.get(entry.hip, [])
            if where:
                count["declared"] += 1
                if not set(where) & set(expected):
                    count["elsewhere"] += 1
                continue
            count["missing"] += 1
            rules = [r for r in matched_by[index_of[id(entry)]]
                     if r.column in ("checked-missing", "known-missing")]
            if rules:
                count["checked" if rules[0].column == "checked-missing" else "known"] += 1
                explained_by_rule[rule_label(rules[0])].append(entry)
            else:
                count["unexplained"] += 1
                unexplained.append(entry)
        totals.update(count)
        out.append(f"  {library:<9} {'+'.join(m.split('.')[-1] for m in expected):<28} "
                   f"{count['entries']:>7} {count['declared']:>8} {count['elsewhere']:>9} "
                   f"{count['missing']:>7} {count['checked']:>7} {count['known']:>5} "
                   f"{count['unexplained']:>11}")
    out.append(f"  {'total':<9} {'':<28} {totals['entries']:>7} {totals['declared']:>8} "
               f"{totals['elsewhere']:>9} {totals['missing']:>7} {totals['checked']:>7} "
               f"{totals['known']:>5} {totals['unexplained']:>11}")
    out.append("  not checked:")
    for library, reason in UNCHECKED_LIBRARIES.items():
        n = sum(1 for e in entries if e.library == library and e.status in CHECKED_STATUSES)
        out.append(f"    {library} ({n} entries): {reason}")
    out.append("    rocName (rocBLAS, rocSPARSE, rocRAND, rocSOLVER, MIOpen): AMD publishes no "
               "bindings for the roc* libraries or MIOpen")

    rules_by_label = {rule_label(r): r for r in missing_rules}
    titles = {
        "checked-missing": "missing from the bindings, in today's ROCm (checked-missing)",
        "known-missing": "missing from today's ROCm too, kept as the tables give it (known-missing)",
    }
    for field_name, title in titles.items():
        labels = sorted((l for l in explained_by_rule if rules_by_label[l].column == field_name),
                        key=lambda l: rules_by_label[l].line)
        out.append("")
        out.append(f"{title}: {sum(len(explained_by_rule[l]) for l in labels)} entries, "
                   f"{len(labels)} rules")
        for label in labels:
            out.extend(describe_rule(label, rules_by_label[label].reason,
                                     sorted(e.cuda for e in explained_by_rule[label]), verbose))
    out.append("")
    out.append(f"missing, NOT explained ({len(unexplained)}):")
    for entry in sorted(unexplained, key=lambda e: (e.library, e.cuda)):
        out.append(f"  {entry.library:<9} {entry.cuda} -> {entry.hip} ({entry.status}, {entry.kind}, "
                   f"{entry.family})")
    if unexplained:
        failed = True

    # Stale missing-explanations: every entry a checked-missing rule matches is declared.
    stale: list[str] = []
    for rule in missing_rules:
        hits = [e for e in entries
                if rule.matches(e.cuda, e.library, e.family, e.kind, e.hip)
                and e.status in CHECKED_STATUSES and e.library in CHECKED_LIBRARIES]
        if hits and not any(e.hip not in declared for e in hits):
            stale.append(f"  {rule_label(rule)}: every name it explains is declared now")

    # 2. Interop aliases.
    aliases: dict[str, tuple[str, str, str]] = {}  # CUDA name -> (HIP name, interop modules, HIP module)
    for module in interop_modules:
        for local in sorted(set(module.imports) | set(module.typedefs)):
            target = resolve_alias(module, modules, local)
            if target is None or local == target[1]:
                continue  # not an alias (a re-exported HIP name, or unresolved)
            if local in aliases and aliases[local][0] == target[1]:
                hip, where, source = aliases[local]
                aliases[local] = (hip, f"{where}, {module.name}", source)
            else:
                aliases.setdefault(local, (target[1], module.name, target[0]))
    by_name: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_name[entry.cuda].append(entry)
    agree = equivalent = 0
    disagreements: list[tuple[Entry, str, str]] = []
    explained_aliases: list[tuple[Entry, str, object]] = []
    unsupported_here: list[tuple[Entry, str]] = []
    not_in_database: list[tuple[str, str]] = []
    for cuda, (hip, interop, _) in sorted(aliases.items()):
        rows = by_name.get(cuda)
        if not rows:
            not_in_database.append((cuda, hip))
            continue
        for entry in rows:
            if not entry.hip:
                unsupported_here.append((entry, hip))
            elif entry.hip == hip:
                agree += 1
            elif typedef_equivalent(entry.hip, hip, hip_modules):
                equivalent += 1
            else:
                rules = [r for r in matched_by[index_of[id(entry)]] if r.column == "alias-differs"]
                if rules and rules[0].value in (hip, "*"):
                    explained_aliases.append((entry, hip, rules[0]))
                else:
                    disagreements.append((entry, hip, interop))
    for rule in alias_rules:
        hits = [e for e in entries if rule.matches(e.cuda, e.library, e.family, e.kind, e.hip)]
        if not any(e.cuda in aliases and aliases[e.cuda][0] != e.hip
                   and rule.value in (aliases[e.cuda][0], "*") for e in hits):
            stale.append(f"  {rule_label(rule)}: AMD's alias is no longer {rule.value}")

    out.append("")
    out.append("interop aliases (hip-python-interop cuda.bindings.cy*: CUDA name -> HIP name):")
    out.append(f"  aliases: {len(aliases)}; CUDA names in the database: "
               f"{len(aliases) - len(not_in_database)}")
    out.append(f"  same hipName: {agree}; typedef-equivalent hipName: {equivalent}; "
               f"explained differences: {len(explained_aliases)}; "
               f"unexplained disagreements: {len(disagreements)}")
    out.append(f"  database says unsupported, AMD aliases: {len(unsupported_here)}; "
               f"aliased CUDA names the database does not list: {len(not_in_database)}")
    out.append("")
    out.append(f"alias disagreements, explained ({len(explained_aliases)}):")
    by_rule: dict[str, list[str]] = defaultdict(list)
    reasons: dict[str, object] = {}
    for entry, hip, rule in explained_aliases:
        by_rule[rule_label(rule)].append(f"{entry.cuda} ({entry.hip}; AMD {hip})")
        reasons[rule_label(rule)] = rule
    for label in sorted(by_rule, key=lambda l: reasons[l].line):
        out.extend(describe_rule(label, reasons[label].reason, by_rule[label], verbose))
    out.append("")
    out.append(f"alias disagreements, NOT explained ({len(disagreements)}):")
    for entry, hip, interop in disagreements:
        declared_note = "" if entry.hip in declared else " (database hipName not declared)"
        out.append(f"  {entry.library:<9} {entry.cuda}: database {entry.hip}{declared_note}, "
                   f"AMD {hip} ({interop})")
    if disagreements:
        failed = True
    out.append("")
    out.append(f"database says unsupported, AMD aliases ({len(unsupported_here)}; candidates for new "
               f"mappings, mostly HIP APIs newer than the tables; not failed):")
    names = [f"{e.cuda} -> {hip}" for e, hip in unsupported_here]
    for start in range(0, len(names), 4):
        out.append("  " + "; ".join(names[start:start + 4]))
    if verbose:
        out.append("")
        out.append(f"aliased CUDA names the database does not list ({len(not_in_database)}):")
        for cuda, hip in not_in_database:
            out.append(f"  {cuda} -> {hip}")

    out.append("")
    out.append(f"stale override explanations ({len(stale)}):")
    out.extend(stale)
    if stale:
        failed = True
    if total_unrecognised:
        out.append("")
        out.append(f"note: {total_unrecognised} .pxd lines were not recognised (--verbose lists them)")

    if lookups:
        out.append("")
        out.append("lookups:")
        for name in lookups:
            where = declared.get(name)
            kind = next((modules[m].kinds[name] for m in where), "") if where else ""
            out.append(f"  declared {name}: " + (f"{kind} in {', '.join(where)}" if where else "no"))
            alias = aliases.get(name)
            out.append(f"  alias {name}: " + (f"{alias[0]} ({alias[1]})" if alias else "none"))
            for entry in by_name.get(name, []):
                state = "declared" if entry.hip in declared else "not declared"
                out.append(f"  database {name}: {entry.library} {entry.hip or '-'} {entry.status} "
                           f"({state})")

    out.append("")
    out.append("result: " + ("FAIL" if failed else "OK"))
    return Result(out, failed)


# MARK: - Self-test

SELF_TEST_HIP = """\
from libc.stdint cimport *
ctypedef bint _Bool # bool is not a reserved keyword in C, _Bool is
cdef extern from "hip/hip_runtime.h":

    cdef int hipStreamDefault

    cdef enum hipJitOption:
        hipJitOptionMaxRegisters
        hipJitOptionThreadsPerBlock = 1, hipJitOptionWallTime
    ctypedef hipJitOption hipJitOption_t
    cdef enum:
        HIP_SUCCESS
    ctypedef struct hipDeviceArch_t:
        unsigned int hasGlobalInt32Atomics
    cdef struct hipDeviceProp_t "hipDeviceProp_tR0600":
        char name[256]
    cdef struct ihipStream_t
    ctypedef ihipStream_t * hipStream_t
    ctypedef void (*hipHostFn_t) (void *)
    cdef union hipKernelNodeAttrValue_u:
        int cooperative
cdef size_t HIP_LAUNCH_PARAM_END
# cdef int commentedOut
cdef hipError_t hipMalloc(void ** ptr,
        size_t size) except? hipErrorInitializationError nogil
cdef const char * hipGetErrorName(hipError_t hip_error) noexcept nogil
"""

SELF_TEST_INTEROP = """\
cimport rocm.bindings.cyhip as cyhip
from rocm.bindings.cyhip cimport hipJitOptionMaxRegisters
from rocm.bindings.cyhip cimport hipJitOption as CUjit_option
ctypedef CUjit_option CUjit_option_enum
from rocm.bindings.cyhip cimport (
    hipMalloc as cudaMalloc,
    hipStream_t as cudaStream_t,
)
from rocm.bindings.cyhip cimport *
"""


def self_test() -> list[str]:
    """Runs the scanner on SELF_TEST_* and returns what differs from the expected result."""
    hip = scan_pxd("rocm.bindings.cyhip", SELF_TEST_HIP)
    interop = scan_pxd("cuda.bindings.cyruntime", SELF_TEST_INTEROP)
    modules = {hip.name: hip, interop.name: interop}
    expected_kinds = {
        "_Bool": "type", "hipStreamDefault": "constant", "hipJitOption": "type",
        "hipJitOptionMaxRegisters": "enum-constant", "hipJitOptionThreadsPerBlock": "enum-constant",
        "hipJitOptionWallTime": "enum-constant", "hipJitOption_t": "type",
        "HIP_SUCCESS": "enum-constant", "hipDeviceArch_t": "type", "hipDeviceProp_t": "type",
        "ihipStream_t": "type", "hipStream_t": "type", "hipHostFn_t": "type",
        "hipKernelNodeAttrValue_u": "type", "HIP_LAUNCH_PARAM_END": "constant",
        "hipMalloc": "function", "hipGetErrorName": "function",
    }
    problems = []
    if hip.kinds != expected_kinds:
        problems.append(f"declared: got {sorted(hip.kinds.items())}, expected {sorted(expected_kinds.items())}")
    if hip.typedefs != {"_Bool": "bint", "hipJitOption_t": "hipJitOption"}:
        problems.append(f"typedefs: got {hip.typedefs}")
    for module in (hip, interop):
        if module.unrecognised:
            problems.append(f"{module.name}: unrecognised {module.unrecognised}")
    expected_aliases = {"cudaMalloc": "hipMalloc", "cudaStream_t": "hipStream_t",
                        "CUjit_option": "hipJitOption", "CUjit_option_enum": "hipJitOption"}
    for cuda, hip_name in expected_aliases.items():
        target = resolve_alias(interop, modules, cuda)
        if target != ("rocm.bindings.cyhip", hip_name):
            problems.append(f"alias {cuda}: got {target}, expected {hip_name}")
    if resolve_alias(interop, modules, "hipJitOptionMaxRegisters") != ("rocm.bindings.cyhip", "hipJitOptionMaxRegisters"):
        problems.append("a re-exported HIP name should resolve to itself")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--packages", type=Path,
                        help="a directory holding rocm/bindings/cy*.pxd and cuda/bindings/cy*.pxd "
                             "(e.g. a site-packages directory)")
    source.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help=f"where the pinned wheels' .pxd files are unpacked (default: {DEFAULT_CACHE})")
    parser.add_argument("--fetch", action="store_true",
                        help="download the pinned wheels with pip when the cache does not hold them")
    parser.add_argument("--fetch-only", action="store_true",
                        help="fetch into the cache (if needed) and exit")
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE,
                        help=f"the generated Swift file (default: {DEFAULT_DATABASE})")
    parser.add_argument("--overrides", type=Path, default=DEFAULT_OVERRIDES,
                        help=f"the override file (default: {DEFAULT_OVERRIDES})")
    parser.add_argument("--lookup", action="append", default=[], metavar="NAME",
                        help="also report whether NAME is declared, AMD's alias for it and its "
                             "database entries (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="list every name, and unrecognised lines")
    parser.add_argument("--quiet", action="store_true", help="with --fetch-only: print nothing on success")
    parser.add_argument("--self-test", action="store_true",
                        help="check the .pxd scanner on a built-in sample (no network, no cache) and exit")
    args = parser.parse_args(argv)

    if args.self_test:
        problems = self_test()
        print("\n".join(problems) if problems else "self-test OK")
        return 1 if problems else 0

    if args.packages is not None:
        root = args.packages
        if not (root / "rocm" / "bindings" / "cyhip.pxd").is_file():
            print(f"error: {root}/rocm/bindings/cyhip.pxd not found", file=sys.stderr)
            return 2
    else:
        root = cache_root(args.cache)
        if args.fetch or args.fetch_only:
            try:
                root = fetch(args.cache, args.quiet)
            except FetchError as error:
                print(f"error: cannot fetch the pinned HIP Python wheels: {error}", file=sys.stderr)
                return 3
        elif not (root / ".complete").is_file():
            print(f"error: {root} holds no unpacked wheels; run with --fetch", file=sys.stderr)
            return 3
    if args.fetch_only:
        if not args.quiet:
            print(f"pxd files in {root}")
        return 0

    try:
        entries = read_database(args.database)
        overrides = generate_mapping.read_overrides(args.overrides) if args.overrides.is_file() else []
    except (OSError, ValueError, generate_mapping.TableError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    result = check(entries, scan_tree(root), overrides, args.lookup, args.verbose)
    print("\n".join(result.lines))
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
