package diag

// This file keeps findings where their files can take them: none in
// generated files, ranges inside the file, and no fix whose offsets count in
// another file than the one it names.

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// generatedFile reports whether pos lies in a generated file of the package:
// nobody edits one by hand, so a finding there is noise.
func generatedFile(pass *analysis.Pass, pos token.Pos) bool {
	f := fileOf(pass, pos)
	return f != nil && generated(f)
}

// generated reports whether f carries the "// Code generated ... DO NOT
// EDIT." marker before its package clause, as ast.IsGenerated does, except
// for the marker of cmd/cgo. Drivers analyze a cgo package through the files
// cgo rewrote from the user's own (positions map back through //line
// directives), and each of those starts with cgo's marker: findings there
// are in the user's code. A user's own marker survives the rewrite, below
// cgo's, so a generated cgo file is still known as one.
func generated(f *ast.File) bool {
	for _, group := range f.Comments {
		if group.Pos() > f.Package {
			break
		}
		for _, c := range group.List {
			for line := range strings.SplitSeq(c.Text, "\n") {
				rest, ok := strings.CutPrefix(line, "// Code generated ")
				if !ok {
					continue
				}
				if gen, ok := strings.CutSuffix(rest, " DO NOT EDIT."); ok && gen != "by cmd/cgo;" {
					return true
				}
			}
		}
	}
	return false
}

// withoutMisplacedFixes returns fixes, or nil if an edit of theirs lies in a
// file that a //line directive maps to another: cgo's rewrite of a user's
// file, which is what drivers analyze in a cgo package. An edit's offsets
// count in the rewritten file while its position names the user's, so a
// tool that applies it (from -json, say) would write at the wrong place;
// the finding stands, without a fix.
func withoutMisplacedFixes(fset *token.FileSet, fixes []analysis.SuggestedFix) []analysis.SuggestedFix {
	for _, fix := range fixes {
		for _, edit := range fix.TextEdits {
			if tf := fset.File(edit.Pos); tf == nil || fset.Position(edit.Pos).Filename != tf.Name() {
				return nil
			}
		}
	}
	return fixes
}

// clampToFile moves d's End, and its fixes' edit ends, back to the end of
// their file when they lie past it: the parser ends a node that a syntax
// error cut off (a call missing its ')' at the end of the file) one byte
// past the file (go.dev/issue/71659), and a position past a file names the
// next file of the set, or none.
func clampToFile(fset *token.FileSet, d *analysis.Diagnostic) {
	d.End = clampEnd(fset, d.Pos, d.End)
	for i := range d.SuggestedFixes {
		edits := d.SuggestedFixes[i].TextEdits
		for j := range edits {
			edits[j].End = clampEnd(fset, edits[j].Pos, edits[j].End)
		}
	}
}

// clampEnd returns end, or the end of pos's file if end lies past it.
func clampEnd(fset *token.FileSet, pos, end token.Pos) token.Pos {
	if tf := fset.File(pos); tf != nil {
		return min(end, token.Pos(tf.Base()+tf.Size()))
	}
	return end
}
