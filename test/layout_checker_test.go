package test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeTree creates files (slash-separated path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// fixture is a small module with one good and several bad packages.
var fixture = map[string]string{
	"go.mod": "module example.com/fx\n\ngo 1.26\n",
	// Good: documented, standard library only; its test file may import anything.
	"scoring/doc.go":       "// Package scoring is pure.\npackage scoring\n",
	"scoring/math.go":      "package scoring\n\nimport (\n\t\"math/bits\"\n\t\"sort\"\n)\n\nvar _ = bits.Len\nvar _ = sort.Ints\n",
	"scoring/math_test.go": "package scoring\n\nimport \"github.com/x/y\"\n",
	// Bad: a subpackage of scoring importing a third-party module.
	"scoring/fixed/doc.go": "// Package fixed is fixed point.\npackage fixed\n",
	"scoring/fixed/bad.go": "package fixed\n\nimport \"golang.org/x/exp/slices\"\n",
	// Bad: subnet imports another package of its own module, and cgo.
	"subnet/doc.go":   "// Package subnet is rules.\npackage subnet\n",
	"subnet/bad.go":   "//go:build linux\n\npackage subnet\n\nimport (\n\t\"C\"\n\t\"example.com/fx/scoring\"\n)\n",
	"subnetwork/a.go": "// Package subnetwork is not under subnet.\npackage subnetwork\n\nimport \"github.com/x/y\"\n",
	// Bad: no package doc comment; a comment not attached to the clause does not count.
	"miner/miner.go": "// Copyright notice.\n\npackage miner\n",
	// Bad: doc comment that does not start "Package validator ".
	"validator/doc.go": "// The validator node.\npackage validator\n",
	// Good: a command's doc comment may start any way.
	"cmd/tool/main.go": "// Tool does things.\npackage main\n\nfunc main() {}\n",
	// Bad: test files only.
	"e2e/e2e_test.go": "// Package e2e tests.\npackage e2e\n",
	// Ignored: testdata, hidden and underscore directories, nested modules.
	"scoring/testdata/x.go": "package x\n\nimport \"github.com/x/y\"\n",
	"scoring/.hidden/x.go":  "package x\n\nimport \"github.com/x/y\"\n",
	"_old/x.go":             "package x\n",
	"tools/go.mod":          "module example.com/fx/tools\n",
	"tools/x.go":            "package x\n",
}

func TestModuleRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, fixture)
	root, modPath, err := moduleRoot(filepath.Join(dir, "scoring", "fixed"))
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := filepath.Abs(dir); root != want || modPath != "example.com/fx" {
		t.Errorf("got root %q, module %q; want %q, %q", root, modPath, want, "example.com/fx")
	}
	if _, err := modulePath([]byte("module \"example.com/q\"\n")); err != nil {
		t.Errorf("quoted module path: %v", err)
	}
	if _, err := modulePath([]byte("go 1.26\n")); err == nil {
		t.Error("got no error for a go.mod without a module directive")
	}
}

func TestCheckersOnFixture(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, fixture)
	pkgs, err := loadPackages(dir)
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, p := range pkgs {
		dirs = append(dirs, p.dir)
	}
	wantDirs := []string{"cmd/tool", "e2e", "miner", "scoring", "scoring/fixed", "subnet", "subnetwork", "validator"}
	if !reflect.DeepEqual(dirs, wantDirs) {
		t.Errorf("got packages %q, want %q", dirs, wantDirs)
	}

	docs := docProblems(pkgs)
	wantDocs := []string{"e2e:", "miner:", "validator/doc.go:"}
	checkProblems(t, "docProblems", docs, wantDocs)

	imports := importProblems(pkgs, "example.com/fx", []string{"subnet", "scoring"})
	wantImports := []string{
		`scoring/fixed/bad.go: imports "golang.org/x/exp/slices"`,
		`subnet/bad.go: imports "C"`,
		`subnet/bad.go: imports "example.com/fx/scoring"`,
	}
	checkProblems(t, "importProblems", imports, wantImports)
}

// checkProblems fails unless problems has one entry per prefix in want, in
// order.
func checkProblems(t *testing.T, name string, problems, want []string) {
	t.Helper()
	if len(problems) != len(want) {
		t.Errorf("%s: got %d problems %q, want %d starting %q", name, len(problems), problems, len(want), want)
		return
	}
	for i := range want {
		if !strings.HasPrefix(problems[i], want[i]) {
			t.Errorf("%s: got problem %q, want it to start %q", name, problems[i], want[i])
		}
	}
}

func TestIsStandard(t *testing.T) {
	const mod = "github.com/agora-net/agora"
	tests := []struct {
		path string
		want bool
	}{
		{"fmt", true},
		{"math/bits", true},
		{"encoding/json", true},
		{"C", false},
		{"golang.org/x/tools", false},
		{"github.com/spf13/cobra", false},
		{mod, false},
		{mod + "/subnet", false},
		{"example.com", false},
	}
	for _, tt := range tests {
		if got := isStandard(tt.path, mod); got != tt.want {
			t.Errorf("isStandard(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	// A module without a dot in its path: its own packages are still not standard.
	if isStandard("agora/subnet", "agora") {
		t.Error(`isStandard("agora/subnet", "agora") = true, want false`)
	}
}
