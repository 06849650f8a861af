// Package responses is a test stub of BytePlus ModelArk's Ark SDK (byteplus-go-sdk-v2)'s Responses API model.
package responses

type Error struct {
	Code    string `json:"code,omitempty"`
	Message string `json:"message,omitempty"`
}

func (x *Error) GetCode() string {
	if x != nil {
		return x.Code
	}
	return ""
}

func (x *Error) GetMessage() string {
	if x != nil {
		return x.Message
	}
	return ""
}

// EventType_Enum is the type of a Responses stream event.
type EventType_Enum int32

const EventType_error EventType_Enum = 18

// ErrorEvent is a Responses stream's error event (decoded from v1.2.x on).
// Its Type is the event's type, EventType_error, not an Ark error type.
type ErrorEvent struct {
	Type    EventType_Enum `json:"type,omitempty"`
	Code    *string        `json:"code,omitempty"`
	Message string         `json:"message,omitempty"`
}

func (x *ErrorEvent) GetType() EventType_Enum {
	if x != nil {
		return x.Type
	}
	return 0
}

func (x *ErrorEvent) GetCode() string {
	if x != nil && x.Code != nil {
		return *x.Code
	}
	return ""
}

type ResponsesRequest struct {
	Model string `json:"model"`
}

type ResponseObject struct {
	Id    string `json:"id"`
	Error *Error `json:"error,omitempty"`
}

func (x *ResponseObject) GetError() *Error {
	if x != nil {
		return x.Error
	}
	return nil
}

type Event struct {
	Type  string      `json:"type"`
	Error *ErrorEvent `json:"error,omitempty"`
}

func (x *Event) GetError() *ErrorEvent {
	if x != nil {
		return x.Error
	}
	return nil
}
