import io

import pytest

from bootstrap import Settings
from entrypoints import cli


def test_settings_come_from_documented_environment_variables():
    s = Settings.from_env({"DATABASE_URL": "postgresql://x/y", "REDIS_URL": "redis://r", "LLM_PROVIDER": "deepseek",
                           "DEEPSEEK_API_KEY": "k", "LLM_TIMEOUT_S": "5", "QDRANT_URL": "http://q:6333"})
    assert s.store_kind == "postgres" and s.redis_url.get_secret_value() == "redis://r"
    assert s.qdrant_url == "http://q:6333"
    assert (s.llm_provider, s.llm_api_key.get_secret_value(), s.llm_timeout_s) == ("deepseek", "k", 5.0)
    defaults = Settings.from_env({})
    assert (defaults.store_kind, defaults.vector_store, defaults.embeddings, defaults.llm_provider) == \
        ("sqlite", "qdrant", "e5", "offline")


def test_an_unknown_provider_is_a_clear_configuration_error(tmp_path):
    from tests.coach_harness import memory_container
    with pytest.raises(ValueError, match="LLM_PROVIDER='gpt-9': allowed values are offline, deepseek"):
        memory_container(tmp_path, llm_provider="gpt-9")     # refused when the settings are built


def test_terminal_chat_holds_a_conversation(tmp_path, monkeypatch, capsys):
    for key, value in {"ANDES_DATA_DIR": str(tmp_path), "ANDES_STORE": "memory", "ANDES_VECTOR_STORE": "memory",
                       "EMBEDDINGS_PROVIDER": "hashing", "LLM_PROVIDER": "offline"}.items():
        monkeypatch.setenv(key, value)
    lines = ["Hola", "Ana", "34", "no tengo carrera", "10k", "3", "principiante", "10", "5", "no", "me da igual",
             "ninguna", "1", "hoy corrí 5 km en 30 min"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["chat", "--phone", "+593991234567"]) == 0
    out = capsys.readouterr().out
    assert "¿Cómo te llamas?" in out and "¡Listo, Ana!" in out and "✅" in out
    assert "[1] Crear mi plan" in out and "📋 Tu plan" in out   # typing 1 pressed the button
    assert out.count("andes>") == len(lines)


def test_flags_are_parsed_as_booleans_and_bad_numbers_are_named():
    assert Settings.from_env({"WHATSAPP_ALLOW_UNSIGNED": "0"}).whatsapp_allow_unsigned is False
    assert Settings.from_env({"WHATSAPP_ALLOW_UNSIGNED": "true"}).whatsapp_allow_unsigned is True
    with pytest.raises(ValueError, match="WHATSAPP_ALLOW_UNSIGNED"):
        Settings.from_env({"WHATSAPP_ALLOW_UNSIGNED": "maybe"})
    with pytest.raises(ValueError, match="LLM_TIMEOUT_S"):
        Settings.from_env({"LLM_TIMEOUT_S": "soon"})
    assert Settings.from_env({"ANDES_API_TOKEN": "t"}).api_token.get_secret_value() == "t"


def test_close_resources_closes_what_was_opened_and_opens_nothing(tmp_path):
    from bootstrap import build_container, close_resources

    container = build_container(Settings(data_dir=str(tmp_path), store="sqlite", vector_store="qdrant",
                                         embeddings="hashing"))
    store = container.store()
    close_resources(container)
    assert not (tmp_path / "qdrant").exists()          # the vector store was never needed, so never opened
    assert container.opened() == []
    with pytest.raises(Exception):
        store.runners.all()                             # the SQLite connection is closed


def test_a_second_process_on_the_same_embedded_memory_gets_a_clear_answer(tmp_path, monkeypatch, capsys):
    from bootstrap import build_container, close_resources

    first = build_container(Settings(data_dir=str(tmp_path), store="sqlite", embeddings="hashing"))
    first.reply_to_runner()                                   # holds the embedded Qdrant folder
    for key, value in {"ANDES_DATA_DIR": str(tmp_path), "EMBEDDINGS_PROVIDER": "hashing"}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr("sys.stdin", io.StringIO("hola\n"))
    try:
        assert cli.main(["chat"]) == 1
    finally:
        close_resources(first)
    assert "in use by another Andes process" in capsys.readouterr().err
