"""The ``factcheck`` command: offline extraction, the local search node, the OpenAPI document."""
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

    openapi = commands.add_parser("openapi", help="print the OpenAPI document")
    openapi.set_defaults(handler=_cmd_openapi)
    return parser


def main(argv=None):
    """Entry point of the ``factcheck`` console script."""
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
