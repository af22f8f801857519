"""Third-party sources: the manifest, verified fetching into a cache, and the converters that read them."""
