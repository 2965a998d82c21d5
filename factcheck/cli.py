"""The ``factcheck`` command: offline extraction, the local search node, the indices, the pair model,
the OpenAPI document."""
import argparse
import json
import sys


def _cmd_extract(args):
    """Print the claims of a plain-text article (a file, or ``-`` for stdin) as JSON."""
    from factcheck.extract import extract_claims

    if args.file == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        with open(args.file, "rb") as handle:
            text = handle.read().decode("utf-8", errors="replace")
    claims = [claim.to_dict() for claim in extract_claims(text)]
    json.dump({"claims": claims}, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def _cmd_search_node(args):
    """Start, inspect or stop the local Elasticsearch node."""
    from factcheck import search_node

    return search_node.run_command(args.action, timeout=args.timeout)


def _cmd_with_search_node(args):
    """Run a command against the configured cluster, or a local node started (and stopped) for it."""
    from factcheck import search_node

    if not args.command_line:
        print("factcheck with-search-node: give a command to run", file=sys.stderr)
        return 2
    return search_node.run_with_node(args.command_line, timeout=args.timeout)


def _cmd_serve(args):
    """Start the API under gunicorn; without FACTCHECK_ES_URL, start the local node first."""
    import os

    from factcheck import search_node

    environ = dict(os.environ)
    if not environ.get("FACTCHECK_ES_URL"):
        settings = search_node.NodeSettings.from_environment(environ)
        status = search_node.start(settings, timeout=args.timeout)
        if status != 0:
            return status
        environ["FACTCHECK_ES_URL"] = settings.url
    config = search_node.PROJECT_ROOT / "gunicorn.conf.py"
    from factcheck.config import from_environ

    print(f"factcheck: serving on http://{from_environ(environ)['FACTCHECK_BIND']} "
          f"(search engine {environ['FACTCHECK_ES_URL']}); Ctrl-C stops the API, "
          "`factcheck search-node stop` the node", flush=True)
    os.chdir(search_node.PROJECT_ROOT)
    os.execvpe(sys.executable, [sys.executable, "-m", "gunicorn", "-c", str(config), "wsgi:app"], environ)


def _cmd_index(args):
    """Install, inspect or migrate the indices of the configured prefix."""
    from factcheck.config import from_environ
    from factcheck.index import mappings
    from factcheck.index.client import Engine

    settings = from_environ()
    specs = mappings.index_specs(settings["FACTCHECK_INDEX_PREFIX"])
    unknown = sorted(set(args.names) - set(specs))
    if unknown:
        print(f"factcheck index: unknown index {', '.join(unknown)}; choose from {', '.join(specs)}", file=sys.stderr)
        return 2
    engine = Engine(settings)
    try:
        if args.action == "install":
            for alias, index in mappings.install(engine, specs).items():
                print(f"{alias} -> {index}")
        elif args.action == "status":
            for spec in specs.values():
                targets = engine.alias_targets(spec.alias)
                state = "current" if targets == [spec.concrete_index] else (
                    "missing" if not targets else f"needs migrate to {spec.concrete_index}")
                print(f"{spec.alias} -> {', '.join(targets) or '-'} ({state})")
        else:
            for name in args.names or list(specs):
                moved = mappings.migrate(engine, specs[name])
                print(f"{specs[name].alias}: " + (f"now {moved}" if moved else "already current"))
    finally:
        engine.close()
    return 0


def _cmd_train_pair_model(args):
    """Train the conflict pair model on labelled story folders and write its file."""
    from factcheck.conflicts.model import MODEL_PATH
    from factcheck.conflicts.training import story_dirs_under, train

    stories = [story for root in args.roots for story in story_dirs_under(root)]
    if not stories:
        print(f"factcheck train-pair-model: no labelled story (labels.json) under {', '.join(args.roots)}",
              file=sys.stderr)
        return 2
    model = train(stories)
    output = args.out or str(MODEL_PATH)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(model.to_json())
    counts = model.trained_on
    print(f"{output}: trained on {counts['stories']} stories, {counts['pairs']} pairs of disagreeing figures, "
          f"{counts['same_quantity']} of them the same quantity")
    return 0


def _cmd_openapi(args):
    """Print the OpenAPI document generated from the marshmallow schemas."""
    from factcheck.api.openapi import build_openapi

    json.dump(build_openapi(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


def build_parser():
    """The argument parser of the ``factcheck`` command."""
    parser = argparse.ArgumentParser(prog="factcheck", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the claims of a plain-text article as JSON")
    extract.add_argument("file", help="path of a UTF-8 text file, or - for stdin")
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.set_defaults(handler=_cmd_extract)

    node = commands.add_parser("search-node", help="manage the local Elasticsearch node")
    node.add_argument("action", choices=["build", "start", "status", "stop"])
    node.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for a healthy node")
    node.set_defaults(handler=_cmd_search_node)

    with_node = commands.add_parser(
        "with-search-node", help="run a command with FACTCHECK_ES_URL pointing at a healthy engine"
    )
    with_node.add_argument("command_line", nargs=argparse.REMAINDER, help="the command and its arguments")
    with_node.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for a healthy node")
    with_node.set_defaults(handler=_cmd_with_search_node)

    serve = commands.add_parser("serve", help="start the API (and the local node when no cluster is configured)")
    serve.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for a healthy node")
    serve.set_defaults(handler=_cmd_serve)

    index = commands.add_parser("index", help="install, inspect or migrate the indices (FACTCHECK_INDEX_PREFIX)")
    index.add_argument("action", choices=["install", "status", "migrate"])
    index.add_argument("names", nargs="*", help="indices to migrate: articles, claims, conflicts, urls (default: all)")
    index.set_defaults(handler=_cmd_index)

    train = commands.add_parser("train-pair-model",
                                help="train the conflict pair model on labelled stories and write its file")
    train.add_argument("roots", nargs="*", default=["fixtures/eval"],
                       help="folders of labelled stories (default: fixtures/eval)")
    train.add_argument("--out", help="where to write the model (default: the file shipped in the package)")
    train.set_defaults(handler=_cmd_train_pair_model)

    openapi = commands.add_parser("openapi", help="print the OpenAPI document")
    openapi.set_defaults(handler=_cmd_openapi)
    return parser


def main(argv=None):
    """Entry point of the ``factcheck`` console script."""
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
