package main

import (
	"encoding/json"
	"fmt"
	"github.com/arkvet/arkvet/internal/buildinfo"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/arkvet/arkvet/analyzer"
)

// SARIF 2.1.0, the subset GitHub code scanning reads: one run, one rule per
// check (and per check/category when findings carry a category), each with
// its documentation's URL, and results located by paths relative to the
// working directory (%SRCROOT%), which is the repository's root when
// arkvet runs there.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult               `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string        `json:"id"`
	Name             string        `json:"name"`
	ShortDescription sarifText     `json:"shortDescription"`
	FullDescription  *sarifText    `json:"fullDescription,omitempty"`
	HelpURI          string        `json:"helpUri"`
	Help             *sarifText    `json:"help,omitempty"`
	Default          *sarifDefault `json:"defaultConfiguration,omitempty"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	Physical sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	Artifact sarifArtifactLoc `json:"artifactLocation"`
	Region   *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// writeSARIF writes the report as a SARIF 2.1.0 log.
func writeSARIF(w io.Writer, r *report) {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "arkvet",
			Version:        strings.Fields(buildinfo.Version())[0],
			InformationURI: "https://github.com/arkvet/arkvet",
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{
			"%SRCROOT%": {URI: fileURI(r.wd) + "/"},
		},
		Results: []sarifResult{},
	}
	ruleIndex := map[string]int{}
	addRule := func(id, check, category, helpURI string) int {
		if i, ok := ruleIndex[id]; ok {
			return i
		}
		rule := sarifRule{ID: id, Name: id, HelpURI: helpURI, Default: &sarifDefault{Level: "error"}}
		for _, a := range analyzer.Analyzers() {
			if a.Name == check {
				rule.ShortDescription = sarifText{title(a)}
				rule.FullDescription = &sarifText{strings.TrimSpace(a.Doc)}
				rule.Help = &sarifText{fmt.Sprintf("%s\n\nDocumentation: %s", strings.TrimSpace(a.Doc), helpURI)}
				if rule.HelpURI == "" {
					rule.HelpURI = a.URL
				}
			}
		}
		if category != "" {
			rule.ShortDescription.Text += " (" + category + ")"
		}
		ruleIndex[id] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rule)
		return ruleIndex[id]
	}
	// Every check has its rule, found or not, so that code scanning can
	// tell a check that found nothing from one that did not run.
	for _, a := range analyzer.Analyzers() {
		addRule(a.Name, a.Name, "", a.URL)
	}
	for _, f := range r.sorted() {
		id := f.check
		if f.category != "" {
			id += "/" + f.category
		}
		i := addRule(id, f.check, f.category, f.url)
		region := &sarifRegion{StartLine: f.posn.Line, StartColumn: f.posn.Column}
		if f.end.IsValid() && f.end.Filename == f.posn.Filename {
			region.EndLine, region.EndColumn = f.end.Line, f.end.Column
		}
		run.Results = append(run.Results, sarifResult{
			RuleID:    id,
			RuleIndex: i,
			Level:     "error",
			Message:   sarifText{f.message},
			Locations: []sarifLocation{{Physical: sarifPhysical{
				Artifact: artifact(r.wd, f.posn.Filename),
				Region:   region,
			}}},
		})
	}
	inv := sarifInvocation{ExecutionSuccessful: len(r.errors) == 0}
	for _, e := range r.errors {
		n := sarifNotification{Level: "error", Message: sarifText{e.String()}}
		if file, line, _, ok := splitPosn(e.posn); ok {
			var l int
			fmt.Sscan(line, &l)
			n.Locations = []sarifLocation{{Physical: sarifPhysical{
				Artifact: artifact(r.wd, filepath.Join(r.wd, file)),
				Region:   &sarifRegion{StartLine: l},
			}}}
		}
		inv.Notifications = append(inv.Notifications, n)
	}
	run.Invocations = []sarifInvocation{inv}
	data, _ := json.MarshalIndent(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}, "", "  ")
	fmt.Fprintf(w, "%s\n", data)
}

// artifact locates a file: relative to %SRCROOT% when under the working
// directory, else by its absolute file URI.
func artifact(wd, file string) sarifArtifactLoc {
	rel := relPath(wd, file)
	if rel != file || !filepath.IsAbs(file) {
		return sarifArtifactLoc{URI: (&url.URL{Path: rel}).EscapedPath(), URIBaseID: "%SRCROOT%"}
	}
	return sarifArtifactLoc{URI: fileURI(file)}
}

func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}
