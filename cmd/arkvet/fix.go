package main

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"maps"
	"os"
	"slices"

	udiff "github.com/aymanbagabas/go-udiff"
)

// applyFixes merges the first suggested fix of every finding and either
// writes the files (diff false) or prints the change as a unified diff
// with a/ and b/ paths relative to the working directory, which git apply
// and patch -p1 accept (diff true). Edits are merged with go-udiff, an
// exported copy of x/tools' internal diff package, by the same rule as
// x/tools' own -fix: each fix is merged whole onto those before it, as a
// three-way merge would, or not at all. A file that was gofmt'ed before is
// gofmt'ed after.
//
// Without diff, the findings fixed are dropped from the report, so that
// what it prints next is what is left.
func (r *report) applyFixes(stdout, stderr io.Writer, diff bool) error {
	baseline := map[string][]byte{}
	merged := map[string][]udiff.Edit{}
	fixed := map[*finding]bool{}
	conflicts := 0
	for _, f := range r.sorted() {
		if f.fix == nil {
			continue
		}
		after := map[string][]udiff.Edit{}
		ok := true
		for _, file := range slices.Sorted(maps.Keys(f.fix.edits)) {
			src, seen := baseline[file]
			if !seen {
				data, err := os.ReadFile(file)
				if err != nil {
					return err
				}
				if len(data) != f.fix.sizes[file] {
					return fmt.Errorf("%s changed while arkvet ran (%d bytes, %d when analyzed); nothing fixed", relPath(r.wd, file), len(data), f.fix.sizes[file])
				}
				baseline[file], src = data, data
			}
			var edits []udiff.Edit
			for _, e := range f.fix.edits[file] {
				if e.start < 0 || e.end < e.start || e.end > len(src) {
					ok = false
					break
				}
				edits = append(edits, udiff.Edit{Start: e.start, End: e.end, New: e.new})
			}
			if !ok {
				break
			}
			udiff.SortEdits(edits)
			if prev := merged[file]; len(prev) > 0 {
				m, clean := udiff.Merge(prev, edits)
				if !clean {
					ok = false
					break
				}
				edits = m
			}
			after[file] = edits
		}
		if !ok {
			conflicts++
			continue
		}
		maps.Copy(merged, after)
		fixed[f] = true
	}

	written := 0
	for _, file := range slices.Sorted(maps.Keys(merged)) {
		src := baseline[file]
		out, err := udiff.ApplyBytes(src, merged[file])
		if err != nil {
			return fmt.Errorf("%s: %v", relPath(r.wd, file), err)
		}
		if formatted, err := format.Source(src); err == nil && bytes.Equal(formatted, src) {
			if f, err := format.Source(out); err == nil {
				out = f
			}
		}
		if bytes.Equal(out, src) {
			continue
		}
		if diff {
			rel := relPath(r.wd, file)
			io.WriteString(stdout, udiff.Unified("a/"+rel, "b/"+rel, string(src), string(out)))
			continue
		}
		mode := os.FileMode(0o644)
		if fi, err := os.Stat(file); err == nil {
			mode = fi.Mode().Perm()
		}
		if err := os.WriteFile(file, out, mode); err != nil {
			return err
		}
		written++
	}
	if diff {
		return nil
	}
	var left []*finding
	for _, f := range r.findings {
		if !fixed[f] {
			left = append(left, f)
		}
	}
	r.findings = left
	r.tree = r.leftTree(fixed)
	if len(fixed) > 0 {
		fmt.Fprintf(stderr, "arkvet: fixed %d of %d findings in %d files", len(fixed), len(fixed)+len(left), written)
		if conflicts > 0 {
			fmt.Fprintf(stderr, "; %d fixes overlap others: run arkvet -fix again for them", conflicts)
		}
		fmt.Fprintln(stderr)
	}
	return nil
}

// leftTree is the JSON tree without the findings that were fixed.
func (r *report) leftTree(fixed map[*finding]bool) map[string]map[string]any {
	gone := map[string]bool{}
	for f := range fixed {
		gone[f.posn.String()+"\x00"+f.message] = true
	}
	out := map[string]map[string]any{}
	for id, byCheck := range r.tree {
		for check, v := range byCheck {
			diags, ok := v.([]jsonDiagnostic)
			if ok {
				diags = slices.DeleteFunc(slices.Clone(diags), func(d jsonDiagnostic) bool { return gone[d.Posn+"\x00"+d.Message] })
				if len(diags) == 0 {
					continue
				}
				v = diags
			}
			if out[id] == nil {
				out[id] = map[string]any{}
			}
			out[id][check] = v
		}
	}
	return out
}
