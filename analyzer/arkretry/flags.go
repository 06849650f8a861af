package arkretry

import (
	"fmt"
	"regexp"
)

// helpersFlag is the -helpers flag: it compiles the regexp when set, so a
// bad pattern fails flag parsing instead of matching nothing.
type helpersFlag struct{ re **regexp.Regexp }

func (f helpersFlag) String() string {
	if f.re == nil || *f.re == nil {
		return ""
	}
	return (*f.re).String()
}

func (f helpersFlag) Set(s string) error {
	re, err := regexp.Compile(s)
	if err != nil {
		return fmt.Errorf("bad regexp for -helpers: %v", err)
	}
	*f.re = re
	return nil
}
