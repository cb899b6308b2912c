"""Alembic's own view of a project's revision graph, printed as JSON.

Alembic loads every version file by executing it. Real projects' migrations import their own
packages (``from neutron.db import migration``), which are not installed here, so imports that
cannot be resolved are answered with stand-in modules: the revision variables, which is all the
graph needs, are plain assignments and come out exactly as Alembic reads them.

    python3 alembic_graph.py PATH/TO/alembic.ini
"""
import ast
import importlib.abc
import importlib.machinery
import json
import sys
import types
from unittest import mock


class _StandIn(mock.MagicMock):
    """Any attribute, call, subclassing or iteration of a missing package's objects succeeds."""

    def __mro_entries__(self, bases):
        return (object,)


class _StandInFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        top = fullname.partition(".")[0]
        # Standard-library and installed packages keep their real ImportError (optional imports).
        if top in sys.stdlib_module_names or top in ("alembic", "sqlalchemy", "mako", "psycopg2"):
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=True)

    def create_module(self, spec):
        module = types.ModuleType(spec.name)
        module.__path__ = []
        module.__getattr__ = lambda name: _StandIn(name=f"{spec.name}.{name}")
        return module

    def exec_module(self, module):
        pass


_REVISION_VARIABLES = ("revision", "down_revision", "branch_labels", "depends_on")


def _revision_variables_only(path):
    """The four module variables Alembic reads, taken by CPython's own parser (no execution)."""
    module = types.ModuleType("alembic_graph_stand_in")
    module.__file__ = path
    with open(path, "rb") as source:
        tree = ast.parse(source.read(), path)
    for statement in tree.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target] if isinstance(statement, ast.AnnAssign) and statement.value else []
        for target in targets:
            names = [target] if isinstance(target, ast.Name) else list(target.elts) if isinstance(target, (ast.Tuple, ast.List)) else []
            values = [statement.value] if len(names) == 1 else list(getattr(statement.value, "elts", []))
            for name, value in zip(names, values):
                if isinstance(name, ast.Name) and name.id in _REVISION_VARIABLES:
                    setattr(module, name.id, ast.literal_eval(value))
    return module


def main(ini):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from alembic import util

    # Last on the path, after Alembic has loaded: installed modules import as they are.
    sys.meta_path.append(_StandInFinder())
    # A file that still does not load here (it needs SQLAlchemy 2 names Debian's 1.4 lacks, or opens
    # the application's log file at import) is read for its revision variables only, so Alembic's
    # own ScriptDirectory and RevisionMap still build the graph from every file.
    load_python_file = util.load_python_file
    not_executed = []

    def load_or_read(dir_, filename):
        try:
            return load_python_file(dir_, filename)
        except Exception:
            if filename == "env.py":
                raise
            not_executed.append(filename)
            import os
            return _revision_variables_only(os.path.join(dir_, filename))

    util.load_python_file = load_or_read

    script = ScriptDirectory.from_config(Config(ini))
    revisions = {}
    for rev in script.walk_revisions():
        revisions[rev.revision] = {
            "down": sorted(util.to_tuple(rev.down_revision, default=())),
            # A label taken from the project's own package (neutron's `cli.EXPAND_BRANCH`) is a stand-in here.
            "labels": sorted(label for label in rev._orig_branch_labels if isinstance(label, str)),
            "dependsOn": sorted(util.to_tuple(rev.dependencies, default=())),
            "path": rev.path,
        }
    print(json.dumps({"heads": sorted(script.get_heads()), "revisions": revisions, "notExecuted": sorted(not_executed)}))


if __name__ == "__main__":
    main(sys.argv[1])
