package getters

import "handling/foreign/errs"

// A getter of another package of the application, known as one because an
// exact code is compared with what it gives back.
func foreignOverloaded(err error) bool {
	return errs.CodeOf(err) == "ServerOverloaded"
}

func foreignLimited(err error) bool {
	return errs.CodeOf(err) == "SetLimitExceed" // want `^unknown Ark error code "SetLimitExceed"; did you mean "SetLimitExceeded"\?$`
}

// A function of another package whose result is compared with no Ark code:
// quiet.
func foreignLabelled(err error) bool {
	return errs.Label(err) == "ServerOverload"
}
