"""The domain, storage and formats of netdesk. Pure Python: never imports Qt."""
