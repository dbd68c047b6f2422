"""CLI: the commands behind python -m build_scripts (build, check, serve, import…) and the pull-request summary.
May import anything: the pipeline at the top of build_scripts/ and every stage."""
