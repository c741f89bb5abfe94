"""A third-party AG-UI server for the interop tests: a pydantic-ai agent exposed over AG-UI,
driven by a deterministic offline FunctionModel that calls a tool and then streams its answer.

Usage: python pydantic_server.py PORT   (serves POST /agent on 127.0.0.1:PORT)
"""
import sys

import uvicorn
from ag_ui.core import ActivitySnapshotEvent
from pydantic_ai import Agent, ToolReturn
from pydantic_ai.messages import ModelMessage, ToolReturnPart
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, FunctionModel
from pydantic_ai.ui.ag_ui import AGUIAdapter
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ANSWER = "The warehouse has 12 office chairs in stock, ready to ship today."


async def model(messages: list[ModelMessage], info: AgentInfo):
    """First turn: call `check_stock`, its arguments split across chunks as real servers do.
    After the tool's result: stream the answer word by word."""
    answered = any(isinstance(part, ToolReturnPart) for part in messages[-1].parts)
    if not answered:
        yield {0: DeltaToolCall(name="check_stock", json_args='{"item": "off')}
        yield {0: DeltaToolCall(json_args='ice chair"}')}
        return
    for word in ANSWER.split(" "):
        yield word + " "


agent = Agent(FunctionModel(stream_function=model))


@agent.tool_plain
def check_stock(item: str) -> ToolReturn:
    """How many of `item` are in stock. Also reports its own progress as an activity of this
    server's own type, which a Showroom client must show compactly, never as an error."""
    progress = ActivitySnapshotEvent(
        messageId="warehouse-lookup",
        activityType="warehouse_lookup",
        content={"warehouses": 2, "checked": 2},
    )
    return ToolReturn(return_value=f"{item}: 12 in stock", metadata=[progress])


async def run(request: Request) -> Response:
    return await AGUIAdapter.dispatch_request(request, agent=agent)


app = Starlette(routes=[Route("/agent", run, methods=["POST"])])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
