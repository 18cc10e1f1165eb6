package test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// pureDirs are the module directories whose packages (and subpackages) may
// import only the standard library: the consensus path must not reach I/O,
// clocks or third-party code by accident (DESIGN.md, "Dependencies").
var pureDirs = []string{"subnet", "scoring"}

// layoutDirs are the top-level directories of the module's layout.
var layoutDirs = []string{
	"miner", "validator", "subnet", "scoring", "rlhf", "model", "chain",
	"cmd/agora", "configs", "test",
}

// goPackage is one directory of Go files as the checks see it.
type goPackage struct {
	dir        string // slash-separated, relative to the module root
	name       string // package name of the non-test files
	doc        string // package doc comment text, "" if none
	docFile    string // file holding the doc comment
	nonTest    []*ast.File
	fileNames  []string // names of nonTest, in the same order
	onlyTests  bool     // the directory holds _test.go files only
	parseError error
}

// moduleRoot walks up from dir to the directory holding go.mod and returns
// it with the module path declared there.
func moduleRoot(dir string) (root, modPath string, err error) {
	dir, err = filepath.Abs(dir)
	if err != nil {
		return "", "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			modPath, err := modulePath(data)
			return dir, modPath, err
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", "", errors.New("no go.mod in any parent directory")
		}
		dir = parent
	}
}

// modulePath returns the path of the module directive of a go.mod file.
func modulePath(gomod []byte) (string, error) {
	for _, line := range strings.Split(string(gomod), "\n") {
		fields := strings.Fields(line)
		if len(fields) >= 2 && fields[0] == "module" {
			if p, err := strconv.Unquote(fields[1]); err == nil {
				return p, nil
			}
			return fields[1], nil
		}
	}
	return "", errors.New("go.mod has no module directive")
}

// skipDir reports whether the go command ignores the directory named name
// (testdata, vendor, names starting with "." or "_") or it is not Go's to
// look into (node_modules).
func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" || name == "node_modules" ||
		strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// loadPackages parses every directory under root that holds .go files,
// except ignored directories and nested modules. Non-test files are parsed
// with their imports and comments, whatever their build constraints, so a
// rule holds under every build tag.
func loadPackages(root string) ([]*goPackage, error) {
	byDir := map[string]*goPackage{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p == root {
				return nil
			}
			if skipDir(d.Name()) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // a nested module is not part of this one
			}
			return nil
		}
		name := d.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		pkg := byDir[rel]
		if pkg == nil {
			pkg = &goPackage{dir: rel, onlyTests: true}
			byDir[rel] = pkg
		}
		if strings.HasSuffix(name, "_test.go") {
			return nil
		}
		pkg.onlyTests = false
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			pkg.parseError = errors.Join(pkg.parseError, err)
			return nil
		}
		pkg.nonTest = append(pkg.nonTest, f)
		pkg.fileNames = append(pkg.fileNames, name)
		if pkg.name == "" {
			pkg.name = f.Name.Name
		}
		if f.Doc != nil && pkg.doc == "" {
			pkg.doc = f.Doc.Text()
			pkg.docFile = name
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	pkgs := make([]*goPackage, 0, len(byDir))
	for _, pkg := range byDir {
		pkgs = append(pkgs, pkg)
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].dir < pkgs[j].dir })
	return pkgs, nil
}

// docProblems lists the packages without a usable package doc comment: one
// on the package clause of a non-test file that, outside package main,
// starts "Package <name> ". A directory of test files only must have a
// doc.go too.
func docProblems(pkgs []*goPackage) []string {
	var problems []string
	for _, pkg := range pkgs {
		switch {
		case pkg.parseError != nil:
			problems = append(problems, fmt.Sprintf("%s: %v", pkg.dir, pkg.parseError))
		case pkg.onlyTests:
			problems = append(problems, fmt.Sprintf("%s: only _test.go files; add a doc.go with the package doc comment", pkg.dir))
		case strings.TrimSpace(pkg.doc) == "":
			problems = append(problems, fmt.Sprintf("%s: package %s has no package doc comment; add one in doc.go", pkg.dir, pkg.name))
		case pkg.name != "main" && !strings.HasPrefix(pkg.doc, "Package "+pkg.name+" "):
			problems = append(problems, fmt.Sprintf("%s/%s: package doc comment should start %q", pkg.dir, pkg.docFile, "Package "+pkg.name+" "))
		}
	}
	return problems
}

// isStandard reports whether importPath belongs to the standard library by
// the go command's rule: its first element has no dot. Paths of the module
// itself (modPath and below) and cgo's "C" are not standard.
func isStandard(importPath, modPath string) bool {
	if importPath == "C" || importPath == modPath || strings.HasPrefix(importPath, modPath+"/") {
		return false
	}
	first, _, _ := strings.Cut(importPath, "/")
	return !strings.Contains(first, ".")
}

// importProblems lists every import outside the standard library in the
// non-test files of packages at or below the given directories.
func importProblems(pkgs []*goPackage, modPath string, dirs []string) []string {
	var problems []string
	for _, pkg := range pkgs {
		if !underAny(pkg.dir, dirs) {
			continue
		}
		if pkg.parseError != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", pkg.dir, pkg.parseError))
		}
		for i, f := range pkg.nonTest {
			for _, imp := range f.Imports {
				p, err := strconv.Unquote(imp.Path.Value)
				if err != nil {
					p = imp.Path.Value
				}
				if !isStandard(p, modPath) {
					problems = append(problems, fmt.Sprintf("%s: imports %q; %s may import only the standard library",
						path.Join(pkg.dir, pkg.fileNames[i]), p, pkg.dir))
				}
			}
		}
	}
	return problems
}

// underAny reports whether the slash-separated dir is one of dirs or below
// one of them.
func underAny(dir string, dirs []string) bool {
	for _, d := range dirs {
		if dir == d || strings.HasPrefix(dir, d+"/") {
			return true
		}
	}
	return false
}

func loadModule(t *testing.T) (pkgs []*goPackage, root, modPath string) {
	t.Helper()
	root, modPath, err := moduleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err = loadPackages(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("found no Go packages under %s", root)
	}
	return pkgs, root, modPath
}

// TestPackageDocs fails when a package of the module lacks a package doc
// comment.
func TestPackageDocs(t *testing.T) {
	pkgs, _, _ := loadModule(t)
	for _, p := range docProblems(pkgs) {
		t.Error(p)
	}
}

// TestPureImports fails when subnet or scoring, or a package below them,
// imports anything outside the standard library in a non-test file.
func TestPureImports(t *testing.T) {
	pkgs, _, modPath := loadModule(t)
	for _, p := range importProblems(pkgs, modPath, pureDirs) {
		t.Error(p)
	}
}

// TestLayout fails when a top-level directory of the design's layout is
// missing.
func TestLayout(t *testing.T) {
	_, root, _ := loadModule(t)
	for _, dir := range layoutDirs {
		if fi, err := os.Stat(filepath.Join(root, filepath.FromSlash(dir))); err != nil || !fi.IsDir() {
			t.Errorf("directory %s/ is missing", dir)
		}
	}
}
