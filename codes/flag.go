package codes

import "flag"

// TableFlag is a flag.Value that names a file of extra codes. Setting it
// loads the file at once, so a malformed file fails flag parsing (with the
// file and line) before anything is analyzed, and stores the built-in table
// with the file's codes added in the table it was made for.
type TableFlag struct {
	table *(*Table)
	path  string
}

var _ flag.Value = (*TableFlag)(nil)

// NewTableFlag returns a flag that stores its table in *table. A nil *table
// stands for Default().
func NewTableFlag(table **Table) *TableFlag { return &TableFlag{table: table} }

// String returns the file named, "" before the flag is set.
func (f *TableFlag) String() string {
	if f == nil {
		return ""
	}
	return f.path
}

// Set loads path and merges its codes onto the built-in table.
func (f *TableFlag) Set(path string) error {
	extra, err := LoadFile(path)
	if err != nil {
		return err
	}
	f.path = path
	*f.table = Default().WithExtra(extra)
	return nil
}
