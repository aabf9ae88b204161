"""Enum members and nested classes with another name here."""

from cozepy import AudioFormat, Coze, PluginIDList, TokenAuth, VariableChannel, VariableType, WorkflowIDList

coze = Coze(auth=TokenAuth("pat_example"))
speech = coze.audio.speech.create(input="Hello", voice_id="v", response_format=AudioFormat.WAV)
plugins = PluginIDList(id_list=[PluginIDList.PluginIDInfo(plugin_id="p", api_id="a")])
workflows = WorkflowIDList(ids=[WorkflowIDList.WorkflowIDInfo(id="w")])
print(VariableChannel.VariableChannelCustom, VariableType.KVVariable)
