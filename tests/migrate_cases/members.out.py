"""Enum members and nested classes with another name here."""

from coze_ext import Coze
from coze_ext.types import BotPluginIdInfo, BotWorkflowIdInfo, BotPluginIdList, BotVariableChannel, BotVariableType, BotWorkflowIdList

coze = Coze(token="pat_example")
speech = coze.audio.speech.create(input="Hello", voice_id="v", response_format="wav")
plugins = BotPluginIdList(id_list=[BotPluginIdInfo(plugin_id="p", api_id="a")])
workflows = BotWorkflowIdList(ids=[BotWorkflowIdInfo(id="w")])
print(BotVariableChannel.CUSTOM, BotVariableType.KVVARIABLE)
