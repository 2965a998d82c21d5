"""The local Elasticsearch node: build it with Maven, start it, wait until healthy, stop it.

The node is the embedded default used when ``FACTCHECK_ES_URL`` is not set. Its Java launcher lives in
``search-node/`` beside the package; its data, logs and pid file live under one home directory.
Talking to it uses plain HTTP (urllib) on purpose: this module must work before the app is configured
and must not become a second owner of the search client.
"""
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from factcheck.config import from_environ

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LAUNCHER_DIR = PROJECT_ROOT / "search-node"
LAUNCHER_JAR = LAUNCHER_DIR / "target" / "search-node-1.0.0.jar"
CLASSPATH_FILE = LAUNCHER_DIR / "target" / "classpath.txt"
MAIN_CLASS = "io.factcheck.searchnode.SearchNode"

# The distribution's own JVM flags, minus what only the packaged bootstrap needs.
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-Dfile.encoding=UTF-8",
    "-Djava.awt.headless=true",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    "-Dlog4j.shutdownHookEnabled=false",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j2.formatMsgNoLookups=true",
    "-Djava.locale.providers=SPI,COMPAT",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
]


@dataclass(frozen=True)
class NodeSettings:
    """Where the local node lives and how big it is (the FACTCHECK_SEARCH_NODE_* settings)."""

    home: Path
    port: int
    heap: str
    java: str

    @classmethod
    def from_environment(cls, environ=None):
        """The node settings from the FACTCHECK_SEARCH_NODE_* settings (factcheck/config.py)."""
        settings = from_environ(environ)
        return cls(
            home=(PROJECT_ROOT / settings["FACTCHECK_SEARCH_NODE_HOME"]).resolve(),
            port=settings["FACTCHECK_SEARCH_NODE_PORT"],
            heap=settings["FACTCHECK_SEARCH_NODE_HEAP"],
            java=settings["FACTCHECK_SEARCH_NODE_JAVA"] or _default_java(),
        )

    @property
    def url(self):
        """The node's HTTP address."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid_file(self):
        return self.home / "node.pid"

    @property
    def log_file(self):
        return self.home / "logs" / "node.log"


def _default_java():
    # Elasticsearch 8.14 supports JDK 17; a newer default JDK on PATH would need the 8.18+ entitlements.
    jdk17 = Path("/usr/lib/jvm/java-17-openjdk-amd64/bin/java")
    if jdk17.exists():
        return str(jdk17)
    java_home = os.environ.get("JAVA_HOME")
    return str(Path(java_home) / "bin" / "java") if java_home else "java"


def cluster_health(url, timeout=2.0):
    """Return the cluster health document at ``url``, or None when nothing healthy answers."""
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=timeout) as response:
            health = json.loads(response.read())
    except (urllib.error.URLError, OSError, ValueError):
        return None
    return health if health.get("status") in ("green", "yellow") else None


# Nodes spawned by this process, kept so that an exited one is reaped instead of lingering as a zombie
# (a zombie still answers os.kill(pid, 0)).
_spawned = {}


def _running_pid(settings):
    try:
        pid = int(settings.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    if pid in _spawned:
        return pid if _spawned[pid].poll() is None else None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return pid


def _launcher_is_stale():
    if not (LAUNCHER_JAR.exists() and CLASSPATH_FILE.exists()):
        return True
    built = min(LAUNCHER_JAR.stat().st_mtime, CLASSPATH_FILE.stat().st_mtime)
    sources = [LAUNCHER_DIR / "pom.xml", *(LAUNCHER_DIR / "src").rglob("*.java")]
    return any(source.stat().st_mtime > built for source in sources)


def build(out=sys.stdout):
    """Compile the launcher and resolve its classpath from Maven Central (cached in ~/.m2)."""
    if not _launcher_is_stale():
        return 0
    print("search-node: building the launcher with Maven (first run downloads ~100 MB)", file=out, flush=True)
    command = [
        "mvn", "-q", "-B", "package", "dependency:build-classpath",
        "-DskipTests", f"-Dmdep.outputFile={CLASSPATH_FILE}",
    ]
    # Maven's own output (colour codes included) is shown only when the build fails.
    result = subprocess.run(command, cwd=LAUNCHER_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        print(result.stdout[-4000:], file=out)
        print("search-node: the Maven build failed", file=out)
    return result.returncode


def start(settings, timeout=180.0, out=sys.stdout):
    """Start the node unless it already runs, then wait until its cluster is healthy.

    Returns 0 when a healthy node answers, 1 otherwise (after printing the tail of the node log).
    """
    if cluster_health(settings.url):
        print(f"search-node: already running at {settings.url}", file=out)
        return 0
    if _running_pid(settings):
        print("search-node: a node process exists but is not healthy yet; waiting", file=out)
    else:
        status = build(out)
        if status != 0:
            return status
        _spawn(settings)
        print(f"search-node: starting at {settings.url} (home {settings.home})", file=out, flush=True)
    return wait_until_healthy(settings, timeout, out)


def _spawn(settings):
    (settings.home / "logs").mkdir(parents=True, exist_ok=True)
    classpath = f"{LAUNCHER_JAR}{os.pathsep}{CLASSPATH_FILE.read_text().strip()}"
    command = [
        settings.java, f"-Xms{settings.heap}", f"-Xmx{settings.heap}", *JVM_FLAGS,
        "-cp", classpath, MAIN_CLASS, str(settings.home), str(settings.port),
    ]
    with open(settings.log_file, "ab") as log:
        # A session of its own, so the node outlives the shell that started it and ignores its Ctrl-C.
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    _spawned[process.pid] = process
    settings.pid_file.write_text(f"{process.pid}\n")


def wait_until_healthy(settings, timeout, out=sys.stdout):
    """Poll cluster health until green/yellow or ``timeout`` seconds; print the log tail on failure."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = cluster_health(settings.url)
        if health:
            print(f"search-node: healthy ({health['status']}) at {settings.url}", file=out)
            return 0
        if not _running_pid(settings):
            print("search-node: the node process exited", file=out)
            break
        time.sleep(1.0)
    else:
        print(f"search-node: not healthy after {timeout:.0f}s", file=out)
    print(f"--- last lines of {settings.log_file} ---", file=out)
    print(tail(settings.log_file), file=out)
    return 1


def tail(path, lines=40):
    """The last ``lines`` lines of a text file, or a note that it does not exist."""
    try:
        text = Path(path).read_text(errors="replace")
    except OSError:
        return "(no log file)"
    return "\n".join(text.splitlines()[-lines:])


def status(settings, out=sys.stdout):
    """Print the node's health; 0 when healthy, 1 otherwise."""
    health = cluster_health(settings.url)
    if health:
        print(json.dumps({"url": settings.url, "pid": _running_pid(settings), **health}), file=out)
        return 0
    print(f"search-node: no healthy node at {settings.url}", file=out)
    return 1


def stop(settings, timeout=30.0, out=sys.stdout):
    """Stop the node this project started (SIGTERM, then SIGKILL after ``timeout`` seconds)."""
    pid = _running_pid(settings)
    if pid is None:
        print("search-node: not running", file=out)
        settings.pid_file.unlink(missing_ok=True)
        return 0
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _running_pid(settings):
        time.sleep(0.5)
    if _running_pid(settings):
        os.kill(pid, signal.SIGKILL)
    settings.pid_file.unlink(missing_ok=True)
    print("search-node: stopped", file=out)
    return 0


def run_with_node(command, timeout=180.0, environ=None):
    """Run ``command`` against a search engine: the configured cluster, or a local node started for it.

    When ``FACTCHECK_ES_URL`` is set the command just runs. Otherwise a local node is started (and
    stopped afterwards, unless it was already running) and the command gets ``FACTCHECK_ES_URL``.
    """
    environ = dict(os.environ if environ is None else environ)
    if environ.get("FACTCHECK_ES_URL"):
        return subprocess.call(command, env=environ)
    settings = NodeSettings.from_environment(environ)
    already_running = cluster_health(settings.url) is not None
    started = start(settings, timeout)
    if started != 0:
        return started
    try:
        return subprocess.call(command, env={**environ, "FACTCHECK_ES_URL": settings.url})
    finally:
        if not already_running:
            stop(settings)


def run_command(action, timeout=180.0):
    """Dispatch ``factcheck search-node ACTION``."""
    settings = NodeSettings.from_environment()
    if action == "build":
        return build()
    if action == "start":
        return start(settings, timeout)
    if action == "status":
        return status(settings)
    return stop(settings)
