// Package responses is a test stub of the Ark SDK's Responses API model.
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

type ErrorEvent struct {
	Code    *string `json:"code,omitempty"`
	Message string  `json:"message,omitempty"`
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
