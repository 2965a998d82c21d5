"""The only module that imports ``elasticsearch``: a small gateway over the client.

Everything else in factcheck talks to the engine through ``Engine`` and sees only the exceptions
defined here, so switching client (or engine) is a change to this file alone.

The underlying client is created lazily and once per process: gunicorn forks workers after the app
is built, and a connection pool must not be shared across a fork.
"""
from __future__ import annotations

import logging
import os
import threading

import elasticsearch
from elasticsearch import helpers

log = logging.getLogger(__name__)


class EngineError(Exception):
    """The engine answered with an error that is neither "not found" nor a version conflict."""

    def __init__(self, message, status=None, error_type=None):
        super().__init__(message)
        self.status = status
        self.error_type = error_type


class EngineUnavailable(EngineError):
    """The engine could not be reached, timed out or is not able to serve (answer 503)."""


class EngineBadRequest(EngineError):
    """The engine rejected a request as malformed, e.g. a user's query string (answer 400 when the
    user wrote the query, ``user_query`` true; 500 when the code did)."""

    user_query = False


class DocumentConflict(EngineError):
    """A create found the id taken, or an optimistic-concurrency check failed."""


class EngineNotFound(EngineError):
    """A document, index, alias or template does not exist. Outside this module it means an index
    or alias is missing (documents not found are answered with None), which makes the service
    not ready (503)."""


def _translate(error):
    """The factcheck exception for an ``elasticsearch`` exception."""
    if isinstance(error, (elasticsearch.ConnectionError, elasticsearch.ConnectionTimeout)):
        return EngineUnavailable(f"search engine unreachable: {error.message}")
    if isinstance(error, elasticsearch.ApiError):
        return _error_of_status(error.meta.status if error.meta is not None else None, error.body)
    if isinstance(error, elasticsearch.TransportError):
        return EngineUnavailable(f"search engine transport error: {error}")
    return error


def _error_of_status(status, body):
    """The factcheck exception for an engine answer with this HTTP status and error body."""
    error_type = _error_type(body)
    message = f"search engine error {status} {error_type or ''}: {_reason(body)}".strip()
    if status == 404:
        return EngineNotFound(message, status, error_type)
    if status == 409:
        return DocumentConflict(message, status, error_type)
    if status == 400:
        return EngineBadRequest(message, status, error_type)
    if status in (429, 502, 503, 504):
        return EngineUnavailable(message, status, error_type)
    if status in (401, 403):
        # Wrong or insufficient credentials: the service cannot serve until an operator fixes them.
        return EngineUnavailable(f"search engine refused our credentials: {message}", status, error_type)
    return EngineError(message, status, error_type)


def _error_type(body):
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return body["error"].get("type")
    return None


def _reason(body):
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return body["error"].get("reason") or ""
    return str(body)[:200]


class Engine:
    """The search engine as factcheck uses it; built from the ``FACTCHECK_ES_*`` settings."""

    def __init__(self, settings):
        self._settings = dict(settings)
        self._client = None
        self._pid = None
        self._lock = threading.Lock()

    @property
    def client(self):
        """The ``elasticsearch`` client of this process, created at first use."""
        pid = os.getpid()
        if self._client is None or self._pid != pid:
            with self._lock:
                if self._client is None or self._pid != pid:
                    self._client = self._build_client()
                    self._pid = pid
        return self._client

    def _build_client(self):
        settings = self._settings
        hosts = [url.strip() for url in settings["FACTCHECK_ES_URL"].split(",") if url.strip()]
        options = {
            "request_timeout": settings["FACTCHECK_ES_TIMEOUT"],
            "max_retries": settings["FACTCHECK_ES_MAX_RETRIES"],
            "retry_on_timeout": True,
        }
        if settings["FACTCHECK_ES_API_KEY"]:
            options["api_key"] = settings["FACTCHECK_ES_API_KEY"]
        elif settings["FACTCHECK_ES_USERNAME"]:
            options["basic_auth"] = (settings["FACTCHECK_ES_USERNAME"], settings["FACTCHECK_ES_PASSWORD"] or "")
        if any(host.startswith("https:") for host in hosts):
            options["verify_certs"] = settings["FACTCHECK_ES_VERIFY_CERTS"]
            if settings["FACTCHECK_ES_CA_CERTS"]:
                options["ca_certs"] = settings["FACTCHECK_ES_CA_CERTS"]
            if not settings["FACTCHECK_ES_VERIFY_CERTS"]:
                options["ssl_show_warn"] = False
        return elasticsearch.Elasticsearch(hosts, **options)

    def _call(self, method, *args, **kwargs):
        try:
            return method(*args, **kwargs)
        except Exception as error:  # translated, or re-raised unchanged when not an engine error
            translated = _translate(error)
            if translated is error:
                raise
            raise translated from error

    # -- cluster -------------------------------------------------------------------------------

    def health(self, timeout="2s"):
        """The cluster health document (``status`` is green, yellow or red).

        ``GET /`` may be missing on the embedded node, so health is the liveness probe of choice.
        """
        return dict(self._call(self.client.cluster.health, timeout=timeout))

    # -- documents -----------------------------------------------------------------------------

    def get(self, index, document_id):
        """A document's ``_source`` with ``_seq_no``/``_primary_term`` (realtime), or None."""
        try:
            response = self._call(self.client.get, index=index, id=document_id)
        except EngineNotFound as error:
            if error.error_type == "index_not_found_exception":
                raise
            return None
        if not response.get("found"):
            return None
        document = dict(response["_source"])
        document["_seq_no"] = response.get("_seq_no")
        document["_primary_term"] = response.get("_primary_term")
        return document

    def get_many(self, index, document_ids):
        """The ``_source`` of each id found, in the order asked (realtime)."""
        if not document_ids:
            return []
        response = self._call(self.client.mget, index=index, ids=list(document_ids))
        for doc in response["docs"]:
            if "error" in doc:
                error_type = _error_type({"error": doc["error"]})
                if error_type == "index_not_found_exception":
                    raise EngineNotFound(f"index {index} not found", 404, error_type)
                raise EngineError(f"multi-get failed: {doc['error']}", None, error_type)
        return [dict(doc["_source"]) for doc in response["docs"] if doc.get("found")]

    def create(self, index, document_id, document, refresh=False):
        """Index ``document`` under ``document_id`` only if the id is free; DocumentConflict otherwise."""
        # require_alias: writing through a missing alias must fail, not auto-create a concrete index
        # with the alias' name and a guessed mapping (which would then block the alias).
        self._call(self.client.index, index=index, id=document_id, document=document, op_type="create",
                   require_alias=True, refresh="wait_for" if refresh else None)

    def delete(self, index, document_id, if_seq_no=None, if_primary_term=None):
        """Delete one document (only at that version when ``if_seq_no`` is given); False if absent."""
        options = {}
        if if_seq_no is not None:
            options = {"if_seq_no": if_seq_no, "if_primary_term": if_primary_term}
        try:
            self._call(self.client.delete, index=index, id=document_id, **options)
        except EngineNotFound:
            return False
        return True

    def bulk_create(self, index, documents, refresh=False):
        """Create documents from an iterable of ``(id, document)`` pairs in bulk.

        Ids already taken are skipped (an identical concurrent submission wrote them); any other item
        failure raises EngineError. Returns the set of ids that were skipped because they were taken.
        """
        def actions():
            for document_id, document in documents:
                yield {"_op_type": "create", "_index": index, "_id": document_id, "_source": document}

        _, failures = self._call(
            helpers.bulk, self.client, actions(), raise_on_error=False, raise_on_exception=True,
            refresh="wait_for" if refresh else False, stats_only=False, require_alias=True,
        )
        taken = {item["create"]["_id"] for item in failures if item.get("create", {}).get("status") == 409}
        serious = [item for item in failures if item.get("create", {}).get("status") != 409]
        missing = [item for item in serious if item.get("create", {}).get("status") == 404]
        if missing:
            raise EngineNotFound(f"bulk create into missing alias {index}", 404, "index_not_found_exception")
        if serious:
            first = serious[0].get("create", {})
            raise EngineError(f"bulk create failed for {len(serious)} documents, first: {first.get('error')}",
                              first.get("status"))
        return taken

    def put(self, index, document_id, document, if_seq_no, if_primary_term):
        """Replace a document only if it is still at the version read (DocumentConflict otherwise)."""
        self._call(self.client.index, index=index, id=document_id, document=document, if_seq_no=if_seq_no,
                   if_primary_term=if_primary_term, require_alias=True)

    def update(self, index, document_id, fields, if_seq_no=None, if_primary_term=None):
        """Set ``fields`` on an existing document (at that version when ``if_seq_no`` is given).

        Returns False when the document does not exist; DocumentConflict when the version moved on.
        """
        options = {}
        if if_seq_no is not None:
            options = {"if_seq_no": if_seq_no, "if_primary_term": if_primary_term}
        try:
            self._call(self.client.update, index=index, id=document_id, doc=fields, **options)
        except EngineNotFound as error:
            if error.error_type == "index_not_found_exception":
                raise
            return False
        return True

    def bulk_delete(self, index, document_ids):
        """Delete documents by id in bulk; ids already gone are fine. Returns the number deleted."""
        def actions():
            for document_id in document_ids:
                yield {"_op_type": "delete", "_index": index, "_id": document_id}

        deleted, failures = self._call(helpers.bulk, self.client, actions(), raise_on_error=False,
                                       raise_on_exception=True, stats_only=False)
        serious = [item for item in failures if item.get("delete", {}).get("status") != 404]
        if serious:
            raise EngineError(f"bulk delete failed for {len(serious)} documents, first: {serious[0]}")
        return deleted

    def search(self, index, user_query=False, **body):
        """Run a search; returns the raw response as a dict.

        ``user_query=True`` marks the query as written by the API's user: if the engine rejects it,
        the EngineBadRequest carries ``user_query`` and is answered 400 instead of 500.
        """
        try:
            return dict(self._call(self.client.search, index=index, **body))
        except EngineBadRequest as error:
            error.user_query = user_query
            raise

    def multi_search(self, index, bodies):
        """Run several searches of one index in one round trip; the raw responses, in order. A search
        that failed raises its error, as ``search`` would (its peers' results are not half-used)."""
        if not bodies:
            return []
        searches = []
        for body in bodies:
            searches.extend(({"index": index}, body))
        responses = self._call(self.client.msearch, searches=searches)["responses"]
        for response in responses:
            if "error" in response:
                raise _error_of_status(response.get("status"), response)
        return [dict(response) for response in responses]

    def count(self, index, query=None):
        """Number of documents matching ``query`` (all when None)."""
        return self._call(self.client.count, index=index, query=query)["count"]

    def refresh(self, index):
        """Make recent writes visible to search; only where a read must see the write."""
        self._call(self.client.indices.refresh, index=index)

    # -- indices, aliases, templates ----------------------------------------------------------

    def put_index_template(self, name, body):
        """Create or replace a composable index template."""
        self._call(self.client.indices.put_index_template, name=name, **body)

    def index_template_names(self, pattern):
        """Names of the composable index templates matching ``pattern``."""
        try:
            response = self._call(self.client.indices.get_index_template, name=pattern)
        except EngineNotFound:
            return []
        return [template["name"] for template in response["index_templates"]]

    def delete_index_template(self, name):
        """Delete a composable index template; False if absent."""
        try:
            self._call(self.client.indices.delete_index_template, name=name)
        except EngineNotFound:
            return False
        return True

    def create_index(self, name, aliases=None):
        """Create a concrete index (settings and mappings come from the matching template).

        Returns False when it already exists (a concurrent worker made it first).
        """
        try:
            self._call(self.client.indices.create, index=name, aliases=aliases or None)
        except EngineBadRequest as error:
            if error.error_type == "resource_already_exists_exception":
                return False
            raise
        return True

    def put_mapping(self, index, mappings):
        """Apply an additive mapping change to an existing index in place."""
        self._call(self.client.indices.put_mapping, index=index, **mappings)

    def alias_targets(self, alias):
        """Concrete index names the alias points to (empty when the alias does not exist)."""
        try:
            response = self._call(self.client.indices.get_alias, name=alias)
        except EngineNotFound:
            return []
        return sorted(response.keys())

    def index_names(self, pattern):
        """Concrete index names matching a wildcard pattern."""
        response = self._call(self.client.indices.get, index=pattern, allow_no_indices=True,
                              expand_wildcards="open,closed", ignore_unavailable=True)
        return sorted(response.keys())

    def update_aliases(self, actions):
        """Apply alias actions atomically (used to swap an alias to a new index)."""
        self._call(self.client.indices.update_aliases, actions=actions)

    def reindex(self, source, destination):
        """Copy every document of ``source`` into ``destination``, then refresh the destination.

        Client-side (scroll + bulk): the embedded node has no reindex module, and this works on any
        cluster. Returns ``(copied, failures)``.
        """
        def actions():
            for hit in helpers.scan(self.client, index=source, scroll="5m", size=500, preserve_order=False):
                yield {"_op_type": "index", "_index": destination, "_id": hit["_id"], "_source": hit["_source"]}

        copied, failures = self._call(helpers.bulk, self.client, actions(), chunk_size=500,
                                      raise_on_error=False, stats_only=False)
        if failures:
            raise EngineError(f"reindex {source} -> {destination}: {len(failures)} documents failed, "
                              f"first: {failures[0]}")
        self.refresh(destination)
        return copied

    def delete_index(self, name):
        """Delete one concrete index by exact name (wildcards are refused by the engine)."""
        try:
            self._call(self.client.indices.delete, index=name)
        except EngineNotFound:
            return False
        return True

    def close(self):
        """Close this process's connections."""
        if self._client is not None and self._pid == os.getpid():
            self._client.close()
        self._client = None
