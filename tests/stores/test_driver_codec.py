"""The Bolt driver encodes messages with Neo4j's Rust extension (a declared dependency)."""

from __future__ import annotations

from importlib import metadata


def test_the_rust_extension_of_the_installed_driver_is_installed() -> None:
    # neo4j-rust-ext X.Y.Z.n works with neo4j X.Y.Z only; without it the driver packs in pure Python,
    # which was most of the client's time in a batched load (see benchmarks/PROFILE.md)
    rust, driver = metadata.version("neo4j-rust-ext"), metadata.version("neo4j")
    assert rust.rsplit(".", 1)[0] == driver
