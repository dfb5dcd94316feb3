"""Settings are parsed and checked at start: bad values are refused with one line naming the
variable and what it accepts; secrets never show in a repr, a str, a dump or a log."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bootstrap import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]
SECRETS = {"LLM_API_KEY": "sk-llm-1234", "WHATSAPP_TOKEN": "EAAG-token-5678", "WHATSAPP_APP_SECRET": "app-secret-9",
           "WHATSAPP_VERIFY_TOKEN": "verify-me-0", "ANDES_API_TOKEN": "api-token-42", "QDRANT_API_KEY": "qdrant-key-7",
           "EMBEDDINGS_API_KEY": "emb-key-3", "DATABASE_URL": "postgresql://andes:pg-pass-11@db/andes",
           "REDIS_URL": "redis://:redis-pass-12@cache:6379/0"}


def refusal(env: dict[str, str]) -> str:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env(env)
    return str(caught.value)


@pytest.mark.parametrize(("env", "message"), [
    ({"LLM_PROVIDER": "gpt-9"}, "LLM_PROVIDER='gpt-9': allowed values are offline, deepseek, openai, anthropic"),
    ({"ANDES_STORE": "mongo"}, "ANDES_STORE='mongo': allowed values are sqlite, postgres, memory"),
    ({"ANDES_VECTOR_STORE": "pinecone"}, "ANDES_VECTOR_STORE='pinecone': allowed values are qdrant, memory"),
    ({"EMBEDDINGS_PROVIDER": "bert"}, "EMBEDDINGS_PROVIDER='bert': allowed values are e5, openai, hashing"),
    ({"LLM_THINKING": "on"}, "LLM_THINKING='on': allowed values are enabled, disabled"),
    ({"LLM_MAX_TOKENS": "-1"}, "LLM_MAX_TOKENS='-1': expected a whole number of at least 0"),
    ({"LOG_LEVEL": "loud"}, "LOG_LEVEL='loud': allowed values are DEBUG, INFO, WARNING, ERROR, CRITICAL"),
    ({"LLM_TIMEOUT_S": "soon"}, "LLM_TIMEOUT_S='soon': expected a number greater than 0"),
    ({"WHATSAPP_TIMEOUT_S": "-1"}, "WHATSAPP_TIMEOUT_S='-1': expected a number greater than 0"),
    ({"LLM_MAX_ATTEMPTS": "0"}, "LLM_MAX_ATTEMPTS='0': expected a whole number of at least 1"),
    ({"EMBEDDINGS_DIMENSION": "1.5"}, "EMBEDDINGS_DIMENSION='1.5': expected a whole number greater than 0"),
    ({"WHATSAPP_ALLOW_UNSIGNED": "maybe"}, "WHATSAPP_ALLOW_UNSIGNED='maybe': allowed values are true, false"),
    ({"WHATSAPP_API_BASE": "graph.facebook.com"}, "WHATSAPP_API_BASE='graph.facebook.com': expected an http"),
    ({"ANDES_STORE": "postgres"}, "ANDES_STORE=postgres needs DATABASE_URL"),
])
def test_a_bad_value_is_refused_with_one_line_naming_the_variable_and_what_it_accepts(env, message):
    text = refusal(env)
    assert text.startswith(message)
    assert "\n" not in text


def test_every_bad_variable_is_named_in_the_same_line():
    text = refusal({"LLM_PROVIDER": "gpt-9", "LLM_MAX_ATTEMPTS": "many"})
    assert "LLM_PROVIDER='gpt-9'" in text and "LLM_MAX_ATTEMPTS='many'" in text and "\n" not in text


def test_choices_are_names_not_spellings():
    s = Settings.from_env({"LLM_PROVIDER": " DeepSeek ", "ANDES_STORE": "Memory", "LOG_LEVEL": "debug",
                           "EMBEDDINGS_PROVIDER": "HASHING"})
    assert (s.llm_provider, s.store, s.log_level, s.embeddings) == ("deepseek", "memory", "DEBUG", "hashing")


def test_empty_variables_count_as_unset_and_values_are_typed():
    s = Settings.from_env({"LLM_PROVIDER": "", "LLM_TIMEOUT_S": "  ", "WHATSAPP_MAX_ATTEMPTS": "6",
                           "WHATSAPP_ALLOW_UNSIGNED": "yes", "ANDES_SCHEDULER_INTERVAL_S": "60"})
    assert (s.llm_provider, s.llm_timeout_s, s.whatsapp_max_attempts) == ("offline", 30.0, 6)
    assert s.whatsapp_allow_unsigned is True and s.scheduler_interval_s == 60.0


def test_the_provider_key_under_its_usual_name_is_used_only_without_llm_api_key():
    assert Settings.from_env({"LLM_PROVIDER": "anthropic", "ANTHROPIC_API_KEY": "a"}).llm_api_key.get_secret_value() == "a"
    both = Settings.from_env({"LLM_PROVIDER": "openai", "OPENAI_API_KEY": "o", "LLM_API_KEY": "l"})
    assert both.llm_api_key.get_secret_value() == "l"
    assert Settings.from_env({"DEEPSEEK_API_KEY": "d"}).llm_api_key.get_secret_value() == ""   # offline


def test_constructing_settings_reads_only_its_arguments(monkeypatch, tmp_path):
    monkeypatch.setenv("LLM_PROVIDER", "anthropic")
    monkeypatch.setenv("ANDES_VECTOR_STORE", "memory")
    s = Settings(data_dir=str(tmp_path), store="memory")
    assert (s.llm_provider, s.vector_store, s.store_kind) == ("offline", "qdrant", "memory")
    from_env = Settings.from_env()                   # the process environment, explicitly
    assert (from_env.llm_provider, from_env.vector_store) == ("anthropic", "memory")


def test_settings_are_frozen_and_replace_validates():
    s = Settings(store="memory")
    with pytest.raises(Exception):
        s.store = "sqlite"  # type: ignore[misc]
    assert s.replace(store="sqlite").store_kind == "sqlite" and s.store == "memory"
    with pytest.raises(SettingsError, match="ANDES_STORE='mongo'"):
        s.replace(store="mongo")
    with pytest.raises(SettingsError, match="bogus"):
        Settings(bogus=1)                          # a misspelt field is an error, not ignored


def test_secrets_never_show_in_a_repr_a_str_a_dump_a_log_or_an_error(caplog):
    s = Settings.from_env({**SECRETS, "LLM_PROVIDER": "openai"})
    assert s.whatsapp_token.get_secret_value() == "EAAG-token-5678"     # still usable by the adapters
    assert s.database_url.get_secret_value() == SECRETS["DATABASE_URL"] and s.store_kind == "postgres"
    with caplog.at_level(logging.INFO):
        logging.getLogger("andes.test").info("settings: %s %r", s, s)
    shown = [repr(s), str(s), s.model_dump_json(), str(s.model_dump()), caplog.text]
    for value in SECRETS.values():
        assert not any(value in text for text in shown), value
    # A secret with a bad type is named without its value.
    with pytest.raises(SettingsError) as caught:
        Settings(whatsapp_token=12345678)
    assert "WHATSAPP_TOKEN" in str(caught.value) and "12345678" not in str(caught.value)


@pytest.mark.parametrize("command", [["chat"], ["serve", "--port", "0"], ["scheduler", "--once"]])
def test_the_cli_exits_with_status_2_and_one_line_on_a_bad_setting(command, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ANDES_DATA_DIR": str(tmp_path), "LLM_PROVIDER": "DeepSek",
           "EMBEDDINGS_PROVIDER": "hashing", "WHATSAPP_TOKEN": "EAAG-secret"}
    done = subprocess.run([sys.executable, "-m", "entrypoints.cli", *command], cwd=tmp_path, env=env,
                          input="hola\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == ("andes: configuration error: LLM_PROVIDER='DeepSek': "
                                   "allowed values are offline, deepseek, openai, anthropic")
    assert "Traceback" not in done.stderr and "EAAG-secret" not in done.stdout + done.stderr
