// Package config reads arkvet's configuration file, .arkvet.yaml, which
// every driver (arkvet standalone, go vet -vettool, pre-commit and the
// golangci-lint plugin) finds the same way: walking up from a package's
// directory to its module root.
//
// The file holds the keys of analyzer.Settings:
//
//	checks: [arkcode, arkretry]
//	extra-codes: ark-extra-codes.txt      # relative to this file's directory
//	retry-helpers: (?i)retry|backoff
//	loggers:
//	  - example.com/app/log.Errorf
//
// Every error names the file and the line, so a user fixes it in one look.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/arkvet/arkvet/analyzer"
	"github.com/arkvet/arkvet/analyzer/arkreqid"
	"github.com/arkvet/arkvet/codes"
)

// Name is the configuration file's name.
const Name = ".arkvet.yaml"

// Keys are the keys a configuration file may hold, in the order the
// documentation lists them.
var Keys = []string{"checks", "extra-codes", "retry-helpers", "loggers"}

// File is a configuration file that was read and checked.
type File struct {
	// Path is the file's absolute path.
	Path string
	// Settings are its settings; ExtraCodes is an absolute path.
	Settings analyzer.Settings
}

// ModuleRoot returns the nearest directory at or above dir that holds a
// go.mod file, or "" when there is none.
func ModuleRoot(dir string) string {
	for d := dir; ; {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && !fi.IsDir() {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// Find returns the path of the configuration file that applies to a
// package in dir: the first .arkvet.yaml at or above dir, looking no
// higher than the module root (the directory of the nearest go.mod). It
// returns "" when there is none. Outside any module only dir is looked at.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	root := ModuleRoot(dir)
	for d := dir; ; {
		path := filepath.Join(d, Name)
		fi, err := os.Stat(path)
		switch {
		case err == nil && !fi.IsDir():
			return path, nil
		case err == nil:
			return "", fmt.Errorf("%s: is a directory, not a configuration file", path)
		case !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(d)
		if d == root || root == "" || parent == d {
			return "", nil
		}
		d = parent
	}
}

// Load reads and checks the configuration file at path. A relative
// extra-codes path in it is resolved against the file's directory. The
// error, if any, is one line: "path:line: reason".
func Load(path string) (*File, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	s, err := parse(abs, data)
	if err != nil {
		return nil, err
	}
	return &File{Path: abs, Settings: s}, nil
}

// parse decodes data, the contents of the file at path, into Settings,
// checking every value where it is written.
func parse(path string, data []byte) (analyzer.Settings, error) {
	var s analyzer.Settings
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return s, yamlError(path, err)
	}
	if len(bytes.TrimSpace(data)) == 0 || len(doc.Content) == 0 {
		return s, nil // an empty file sets nothing
	}
	top := doc.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return s, nil // only comments
	}
	if top.Kind != yaml.MappingNode {
		return s, fmt.Errorf("%s:%d: want keys and values (%s), not a %s", path, top.Line, strings.Join(Keys, ", "), kindName(top))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		at := func(n *yaml.Node, format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s: %s", path, n.Line, key.Value, fmt.Sprintf(format, args...))
		}
		if line, dup := seen[key.Value]; dup {
			return s, fmt.Errorf("%s:%d: %s is set twice (first on line %d)", path, key.Line, key.Value, line)
		}
		seen[key.Value] = key.Line
		switch key.Value {
		case "checks":
			list, err := stringList(val)
			if err != nil {
				return s, at(val, "%v", err)
			}
			known := checkNames()
			for _, name := range list {
				if !slices.Contains(known, name) {
					return s, at(val, "unknown check %q (arkvet has %s)", name, strings.Join(known, ", "))
				}
			}
			s.Checks = list
		case "extra-codes":
			file, err := scalar(val)
			if err != nil {
				return s, at(val, "%v", err)
			}
			if file == "" {
				break
			}
			if !filepath.IsAbs(file) {
				file = filepath.Join(filepath.Dir(path), file)
			}
			if _, err := codes.LoadFile(file); err != nil {
				return s, at(val, "%v", err)
			}
			s.ExtraCodes = file
		case "retry-helpers":
			re, err := scalar(val)
			if err != nil {
				return s, at(val, "%v", err)
			}
			if _, err := regexp.Compile(re); err != nil {
				return s, at(val, "bad regexp: %v", err)
			}
			s.RetryHelpers = re
		case "loggers":
			list, err := stringList(val)
			if err != nil {
				return s, at(val, "%v", err)
			}
			if err := arkreqid.CheckLoggers(list); err != nil {
				return s, at(val, "%v", err)
			}
			s.Loggers = list
		default:
			return s, fmt.Errorf("%s:%d: unknown key %q; arkvet's keys are %s", path, key.Line, key.Value, strings.Join(Keys, ", "))
		}
	}
	return s, nil
}

// checkNames are the names of arkvet's checks.
func checkNames() []string {
	var names []string
	for _, a := range analyzer.Analyzers() {
		names = append(names, a.Name)
	}
	return names
}

// scalar returns the string a node holds, or an error for a list or map.
func scalar(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", fmt.Errorf("want a single value, not a %s", kindName(n))
	}
	if n.Tag == "!!null" {
		return "", nil
	}
	return n.Value, nil
}

// stringList returns the strings of a list node; a single value is a list
// of one.
func stringList(n *yaml.Node) ([]string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return nil, nil
		}
		return []string{n.Value}, nil
	case yaml.SequenceNode:
		var out []string
		for _, item := range n.Content {
			if item.Kind != yaml.ScalarNode {
				return nil, fmt.Errorf("line %d: want a name, not a %s", item.Line, kindName(item))
			}
			out = append(out, item.Value)
		}
		return out, nil
	}
	return nil, fmt.Errorf("want a list, not a %s", kindName(n))
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "map"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	return "single value"
}

// yamlErrLine matches the line number in the YAML library's messages,
// "yaml: line 3: mapping values are not allowed in this context".
var yamlErrLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a YAML syntax error into "path:line: reason".
func yamlError(path string, err error) error {
	msg := err.Error()
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", path, m[1], m[2])
	}
	return fmt.Errorf("%s: %s", path, strings.TrimPrefix(msg, "yaml: "))
}
