#!/usr/bin/env python3
"""Summarises a Scripts/realworld.sh run: per corpus, the translation units, how many compiled
after cu2hip and after hipify-perl, which units depend on an NVIDIA-only stack, cu2hip's failures
grouped by cause, and whether cu2hip's own report explains each failure (a warning or error
finding in the unit or in a project header it includes). Prints a Markdown table first (the one
the README records), then the details.

Usage: realworld_summary.py --work DIR --corpus DIR [--corpora "cuda-samples rodinia"]
"""
import argparse
import collections
import json
import os
import re
import sys

# Headers that tie a unit to a stack AMD does not offer, by the name the include spells.
# A unit reaching one of them (directly or through project headers) counts as NVIDIA-only.
NVIDIA_ONLY = [
    (re.compile(r'^(GL|GLES\d?|EGL|KHR)/|^(helper_gl|cuda_gl_interop|cudaGL|freeglut|glut)\.h$'), 'OpenGL/EGL interop'),
    (re.compile(r'^(cudaEGL|cuda_egl_interop|eglstrm_\w+)\.h$'), 'OpenGL/EGL interop'),
    (re.compile(r'^vulkan/|^(vulkan\w*|VulkanBaseApp)\.h$|^GLFW/'), 'Vulkan interop'),
    (re.compile(r'^(d3d\w*|dxgi\w*|cuda_d3d\w*_interop|windows|dynlink_d3d\w*|DirectXMath)\.h$', re.I), 'Direct3D/Windows'),
    (re.compile(r'^(nvrtc|nvrtc_helper)\.h$'), 'NVRTC with PTX'),
    (re.compile(r'^nvvm\.h$'), 'libNVVM'),
    (re.compile(r'^(npp\w*|nvjpeg|nvsci\w*|nvmedia\w*|cudla|cufile|nvml|cuda_vdpau_interop|cudaVDPAU|nvJitLink|cupti\w*|nvblas|cusolverMg|cudaProfiler|cuda_profiler_api|nvToolsExt\w*)\.h$'),
     'NVIDIA-only library'),
    (re.compile(r'^(cuda/|nv/|cute/|cutlass/)'), 'libcu++/CUTLASS'),
]
DIRECTIVE = re.compile(rb'^[ \t]*#[ \t]*(include|if|ifdef|ifndef|elif|else|endif)\b[ \t]*(.*)$', re.M)
INCLUDED = re.compile(rb'[<"]([^>"]+)[>"]')
# Conditions that select another platform than Linux: includes under them do not count.
OTHER_PLATFORM = re.compile(rb'\b(_?WIN(32|64)|_MSC_VER|__APPLE__|__MACOSX__|__ANDROID__|__QNX__|__QNXNTO__)\b')
# Not an NVIDIA-only stack, but a unit that needs it fails in the compile check for want of
# -fopenmp (or MPI): counted apart.
ENVIRONMENT = [(re.compile(r'^omp\.h$'), 'OpenMP (the compile check passes no -fopenmp)'),
               (re.compile(r'^mpi\.h$'), 'MPI (not installed)')]
EXTRA_DIRS = {'cuda-samples': ['Common']}


def read_tus(path):
    return [line.strip() for line in open(path) if line.strip()] if os.path.exists(path) else []


def read_failures(path):
    """compile_check.log: '<corpus>/<relpath>: <first error>' per failed unit."""
    failures = {}
    if os.path.exists(path):
        for line in open(path, errors='replace'):
            unit, _, message = line.rstrip('\n').partition(': ')
            failures[unit] = message
    return failures


class Includes:
    """The include graph of one corpus as its authors wrote it, resolved the way the compile
    check resolves it (includer's folder, corpus root, the corpus' extra -I folders)."""

    def __init__(self, root, extra):
        self.root, self.extra, self.cache = root, extra, {}

    def direct(self, rel):
        if rel not in self.cache:
            try:
                data = open(os.path.join(self.root, rel), 'rb').read()
            except OSError:
                data = b''
            self.cache[rel] = [(name, self.resolve(rel, name)) for name in linux_includes(data)]
        return self.cache[rel]

    def resolve(self, includer, name):
        for folder in [os.path.dirname(includer), ''] + self.extra:
            candidate = os.path.normpath(os.path.join(folder, name))
            if not candidate.startswith('..') and os.path.isfile(os.path.join(self.root, candidate)):
                return candidate
        return None

    def closure(self, rel):
        """(project files reached, external include names reached)."""
        files, external, stack = {rel}, set(), [rel]
        while stack:
            for name, resolved in self.direct(stack.pop()):
                if resolved is None:
                    external.add(name)
                elif resolved not in files:
                    files.add(resolved)
                    stack.append(resolved)
        return files, external


def linux_includes(data):
    """The include names of a file, leaving out those under a condition that selects another
    platform (`#ifdef _WIN32`, `#if defined(__APPLE__)`); their `#else` branches count."""
    names, stack = [], []  # stack: per open conditional, whether its current branch is excluded
    for match in DIRECTIVE.finditer(data):
        kind, rest = match.group(1), match.group(2)
        negated = kind == b'ifndef' or rest.lstrip().startswith(b'!')
        if kind in (b'if', b'ifdef', b'ifndef'):
            stack.append(bool(OTHER_PLATFORM.search(rest)) and not negated)
        elif kind == b'elif' and stack:
            stack[-1] = bool(OTHER_PLATFORM.search(rest)) and not negated
        elif kind == b'else' and stack:
            stack[-1] = not stack[-1]
        elif kind == b'endif' and stack:
            stack.pop()
        elif kind == b'include' and not any(stack):
            included = INCLUDED.search(rest)
            if included:
                names.append(included.group(1).decode('utf-8', 'replace'))
    return names


def environment_need(external):
    """OpenMP or MPI, which the compile check does not provide, when the unit reaches them."""
    for name in sorted(external):
        for pattern, need in ENVIRONMENT:
            if pattern.search(name):
                return need
    return None


def nvidia_only(external):
    for name in sorted(external):
        for pattern, stack in NVIDIA_ONLY:
            if pattern.search(name):
                return stack, name
    return None


def cause(message):
    """A failure's first error, with what varies between occurrences taken out."""
    message = re.sub(r'^[^:]+:\d+:\d+: (fatal )?error: ', '', message)
    for pattern, label in [
        (r"^'([^']+)' file not found", 'header not found: {}'),
        (r"^use of undeclared identifier '([^']+)'", 'undeclared identifier: {}'),
        (r"^unknown type name '([^']+)'", 'unknown type: {}'),
        (r"^no member named '([^']+)'", 'no member: {}'),
        (r"^no matching function for call to '([^']+)'", 'no matching function: {}'),
        (r"^use of undeclared identifier", 'undeclared identifier'),
    ]:
        match = re.match(pattern, message)
        if match:
            return label.format(*match.groups())
    return re.sub(r"'[^']*'", "'…'", message)[:110]


def report_files(report_path):
    if not os.path.exists(report_path):
        return {}
    return {entry['path']: entry for entry in json.load(open(report_path))['files']}


ERROR_AT = re.compile(r'^(\S+?):(\d+):\d+: (?:fatal )?error: (.*)$')


def explanation(name, files, reported, error):
    """How cu2hip's report explains a failed unit: 'finding' (a warning or error finding in the
    unit or a project header it reaches; for a header the compile did not find, cu2hip's finding
    about that include, of any severity), 'diagnostic' (clang's error at the very line the
    compile stopped, recorded in the report), or None."""
    located = ERROR_AT.match(error)
    missing = re.match(r"'([^']+)' file not found", located.group(3)) if located else None
    for rel in files:
        entry = reported.get(rel, {})
        for finding in entry.get('findings', []):
            if finding['severity'] in ('warning', 'error'):
                return 'finding'
            if missing and finding.get('name') == missing.group(1):
                return 'finding'
        if entry.get('status') == 'failed':
            return 'finding'
    if located and located.group(1).startswith(name + '/'):
        path, line = located.group(1)[len(name) + 1:], int(located.group(2))
        if any(d.get('severity') in ('error', 'fatal') and d.get('line') == line and d.get('file') == path
               for entry in reported.values() for d in entry.get('diagnostics', [])):
            return 'diagnostic'
    return None


def summarise(work, corpus_dir, name):
    units = [u[len(name) + 1:] for u in read_tus(os.path.join(work, 'cu2hip', 'compile_check.tus')) if u.startswith(name + '/')]
    ours = read_failures(os.path.join(work, 'cu2hip', 'compile_check.log'))
    peer_result = os.path.join(work, 'compile-hipify-perl.txt')
    peer_ran = os.path.exists(peer_result) and ' passed, ' in open(peer_result).read()
    peer_tus = [u for u in read_tus(os.path.join(work, 'hipify-perl', 'compile_check.tus')) if u.startswith(name + '/')] if peer_ran else []
    peer = read_failures(os.path.join(work, 'hipify-perl', 'compile_check.log'))
    reported = report_files(os.path.join(work, 'reports', name, 'report.json'))
    graph = Includes(os.path.join(corpus_dir, name), EXTRA_DIRS.get(name, []))
    rows = []
    for unit in units:
        files, external = graph.closure(unit)
        failed = f'{name}/{unit}' in ours
        rows.append({
            'unit': unit, 'failed': failed, 'error': ours.get(f'{name}/{unit}', ''),
            'stack': nvidia_only(external),
            'environment': environment_need(external),
            'explained': explanation(name, files, reported, ours.get(f'{name}/{unit}', '')) if failed else None,
        })
    peer_passed = sum(1 for u in peer_tus if u not in peer) if peer_tus else None
    return rows, peer_passed


def percent(part, whole):
    return f'{100 * part / whole:.0f}%' if whole else '-'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--work', required=True)
    parser.add_argument('--corpus', required=True)
    parser.add_argument('--corpora', default='cuda-samples rodinia')
    args = parser.parse_args()
    table = ['| corpus | units | cu2hip compiled | hipify-perl compiled | units without an NVIDIA-only stack '
             '| cu2hip compiled of those | cu2hip failures its report explains |',
             '| :-- | --: | --: | --: | --: | --: | --: |']
    details = []
    for name in args.corpora.split():
        rows, peer_passed = summarise(args.work, args.corpus, name)
        if not rows:
            print(f'realworld: no compile results for {name} in {args.work}', file=sys.stderr)
            continue
        passed = sum(not r['failed'] for r in rows)
        portable = [r for r in rows if r['stack'] is None]
        portable_passed = sum(not r['failed'] for r in portable)
        failed = [r for r in rows if r['failed']]
        by_finding = sum(r['explained'] is not None for r in failed)
        peer = f'{peer_passed} ({percent(peer_passed, len(rows))})' if peer_passed is not None else 'not run'
        table.append(f'| {name} | {len(rows)} | {passed} ({percent(passed, len(rows))}) | {peer} | {len(portable)} '
                     f'| {portable_passed} ({percent(portable_passed, len(portable))}) | {by_finding} of {len(failed)} |')
        details.append(f'\n## {name}\n')
        stacks = collections.Counter(r['stack'][0] for r in rows if r['stack'])
        details.append('NVIDIA-only units: ' + (', '.join(f'{s} {n}' for s, n in sorted(stacks.items())) or 'none'))
        needs = [r for r in portable if r['environment']]
        rest = [r for r in portable if not r['environment']]
        details.append(f'units without an NVIDIA-only stack that need OpenMP or MPI, which the compile check lacks: {len(needs)} '
                       f'({sum(not r["failed"] for r in needs)} compiled); the other {len(rest)}: '
                       f'{sum(not r["failed"] for r in rest)} compiled ({percent(sum(not r["failed"] for r in rest), len(rest))})')
        causes = collections.Counter(cause(r['error']) for r in failed if r['stack'] is None)
        details.append(f'\ncu2hip failures without an NVIDIA-only stack ({sum(causes.values())}), by first error:')
        details += [f'  {n:4d}  {c}' for c, n in causes.most_common()]
        by_diagnostic = [r for r in failed if r['explained'] == 'diagnostic']
        details.append(f'\nfailures explained only by clang\'s error at that line, recorded in the report ({len(by_diagnostic)}):')
        details += [f"  {r['unit']}: {r['error'][:160]}" for r in by_diagnostic]
        unexplained = [r for r in failed if r['explained'] is None]
        details.append(f'\nfailures the report does not explain ({len(unexplained)}):')
        details += [f"  {r['unit']}: {r['error'][:160]}" for r in unexplained]
    for tool in ['cu2hip', 'hipify-perl']:
        for corpus_name in args.corpora.split():
            timing = os.path.join(args.work, f'timing-{tool}-{corpus_name}')
            if os.path.exists(timing):
                details.append(open(timing).read().strip())
    print('\n'.join(table))
    print('\n'.join(details))


if __name__ == '__main__':
    main()
