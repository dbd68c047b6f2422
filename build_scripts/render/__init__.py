"""Render: Dossier → Pages of Markdown, feeds and data files (pure, engine-neutral; UI catalogs, maps, charts).
May import dossier/, extract/, content/ and the shared leaves; never the site engine."""
