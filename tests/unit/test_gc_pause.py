"""Landing pauses the cyclic garbage collector and leaves it as it found it."""

import gc

import pytest

from dagster_project.landing.gc_pause import paused_garbage_collection


def test_the_collector_is_paused_inside_and_running_again_after():
    assert gc.isenabled()
    with paused_garbage_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_restarts_the_collector():
    with pytest.raises(ValueError), paused_garbage_collection():
        raise ValueError("a broken file")
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused():
    gc.disable()
    try:
        with paused_garbage_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
