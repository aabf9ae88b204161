from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import CozeModel
from ..models.bot_model_info_api_mode import BotModelInfoApiMode
from ..models.bot_model_info_cache_type import BotModelInfoCacheType
from ..models.bot_model_info_response_format import BotModelInfoResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_model_info_parameters import BotModelInfoParameters


T = TypeVar("T", bound="BotModelInfo")


@_attrs_define(repr=False)
class BotModelInfo(CozeModel):
    """The model a bot uses and its generation settings; supported settings and ranges vary by model.

    Attributes:
        model_id (str): The model id.
        model_name (str | Unset): The model's display name (returned only).
        temperature (float | Unset): Sampling randomness.
        top_k (int | Unset): Number of candidate tokens sampled from.
        top_p (float | Unset): Cumulative probability cut-off for sampling, 0 to 1.
        max_tokens (int | Unset): Maximum length of a reply, in tokens.
        context_round (int | Unset): Number of previous conversation rounds sent to the model.
        response_format (BotModelInfoResponseFormat | Unset): Output format of replies.
        presence_penalty (float | Unset): Penalty for returning to topics already covered.
        frequency_penalty (float | Unset): Penalty for repeating the same words.
        cache_type (BotModelInfoCacheType | Unset): Prefix caching; closed (server default) or prefix.
        api_mode (BotModelInfoApiMode | Unset): Model protocol; chat_api (server default) or responses_api.
        sp_anti_leak (bool | Unset): When true the bot refuses to reveal its system prompt; the server default is false.
        sp_current_time (bool | Unset): When true the current time is added to the system prompt; the server default is
            false.
        parameters (BotModelInfoParameters | Unset): Extra model settings such as thinking_type or responses_api caching
            options (cozepy types the values as strings; the docs show nested values).
    """

    model_id: str
    model_name: str | Unset = UNSET
    temperature: float | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    context_round: int | Unset = UNSET
    response_format: BotModelInfoResponseFormat | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    cache_type: BotModelInfoCacheType | Unset = UNSET
    api_mode: BotModelInfoApiMode | Unset = UNSET
    sp_anti_leak: bool | Unset = UNSET
    sp_current_time: bool | Unset = UNSET
    parameters: BotModelInfoParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        temperature = self.temperature

        top_k = self.top_k

        top_p = self.top_p

        max_tokens = self.max_tokens

        context_round = self.context_round

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        cache_type: str | Unset = UNSET
        if not isinstance(self.cache_type, Unset):
            cache_type = self.cache_type.value

        api_mode: str | Unset = UNSET
        if not isinstance(self.api_mode, Unset):
            api_mode = self.api_mode.value

        sp_anti_leak = self.sp_anti_leak

        sp_current_time = self.sp_current_time

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if context_round is not UNSET:
            field_dict["context_round"] = context_round
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if cache_type is not UNSET:
            field_dict["cache_type"] = cache_type
        if api_mode is not UNSET:
            field_dict["api_mode"] = api_mode
        if sp_anti_leak is not UNSET:
            field_dict["sp_anti_leak"] = sp_anti_leak
        if sp_current_time is not UNSET:
            field_dict["sp_current_time"] = sp_current_time
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict_lazy(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """An instance that only copies the plain fields; the others are parsed on first read.

        Streams build thousands of these and usually read one text field of each.
        """
        instance = object.__new__(cls)
        instance._raw = src_dict  # type: ignore[attr-defined]
        get = src_dict.get
        instance.model_id = get("model_id")
        instance.model_name = UNSET if (value := get("model_name")) is None else value
        instance.temperature = UNSET if (value := get("temperature")) is None else value
        instance.top_k = UNSET if (value := get("top_k")) is None else value
        instance.top_p = UNSET if (value := get("top_p")) is None else value
        instance.max_tokens = UNSET if (value := get("max_tokens")) is None else value
        instance.context_round = UNSET if (value := get("context_round")) is None else value
        instance.presence_penalty = UNSET if (value := get("presence_penalty")) is None else value
        instance.frequency_penalty = UNSET if (value := get("frequency_penalty")) is None else value
        instance.sp_anti_leak = UNSET if (value := get("sp_anti_leak")) is None else value
        instance.sp_current_time = UNSET if (value := get("sp_current_time")) is None else value
        return instance

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_model_info_parameters import BotModelInfoParameters  # noqa: PLC0415

        d = {k: v for k, v in src_dict.items() if v is not None}
        _model_id_raw = d.pop("model_id", None)
        model_id = _model_id_raw

        model_name = d.pop("model_name", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        context_round = d.pop("context_round", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: BotModelInfoResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = BotModelInfoResponseFormat(_response_format)

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        _cache_type = d.pop("cache_type", UNSET)
        cache_type: BotModelInfoCacheType | Unset
        if isinstance(_cache_type, Unset):
            cache_type = UNSET
        else:
            cache_type = BotModelInfoCacheType(_cache_type)

        _api_mode = d.pop("api_mode", UNSET)
        api_mode: BotModelInfoApiMode | Unset
        if isinstance(_api_mode, Unset):
            api_mode = UNSET
        else:
            api_mode = BotModelInfoApiMode(_api_mode)

        sp_anti_leak = d.pop("sp_anti_leak", UNSET)

        sp_current_time = d.pop("sp_current_time", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: BotModelInfoParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = BotModelInfoParameters.from_dict(_parameters)

        bot_model_info = cls(
            model_id=model_id,
            model_name=model_name,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            max_tokens=max_tokens,
            context_round=context_round,
            response_format=response_format,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            cache_type=cache_type,
            api_mode=api_mode,
            sp_anti_leak=sp_anti_leak,
            sp_current_time=sp_current_time,
            parameters=parameters,
        )

        bot_model_info.additional_properties = d
        return bot_model_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
