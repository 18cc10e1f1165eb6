package rlhf

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// parsePackage parses the package's non-test files.
func parsePackage(t *testing.T) (*token.FileSet, map[string]*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	files := map[string]*ast.File{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = f
	}
	if len(files) == 0 {
		t.Fatal("no package files found")
	}
	return fset, files
}

// The package is pure (STYLE.md, "Pure core"): standard library only, no
// I/O, clock, goroutines, logging or global randomness (math/rand/v2 only
// for the *rand.Rand a caller passes in), no package state but constants
// and sentinel errors. Floats are allowed: rlhf is not consensus code.
func TestPackageIsPure(t *testing.T) {
	forbidden := map[string]bool{
		"time": true, "log": true, "log/slog": true, "math/rand": true, "crypto/rand": true,
		"os": true, "io": true, "io/fs": true, "net": true, "net/http": true, "sync": true,
		"sync/atomic": true, "unsafe": true, "reflect": true, "runtime": true,
	}
	fset, files := parsePackage(t)
	for name, f := range files {
		randName := ""
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
				t.Errorf("%s imports %q: only the standard library is allowed", name, path)
			}
			if forbidden[path] {
				t.Errorf("%s imports %q: not allowed in the pure core", name, path)
			}
			if path == "math/rand/v2" {
				randName = "rand"
				if imp.Name != nil {
					randName = imp.Name.Name
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GoStmt:
				t.Errorf("%s: goroutine", fset.Position(n.Pos()))
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok && randName != "" && id.Name == randName && n.Sel.Name != "Rand" {
					t.Errorf("%s: %s.%s: use the *rand.Rand passed in, not the global source", fset.Position(n.Pos()), id.Name, n.Sel.Name)
				}
			}
			return true
		})
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !strings.HasPrefix(id.Name, "Err") || i >= len(vs.Values) || !isErrorsNew(vs.Values[i]) {
						t.Errorf("%s: package variable %s: only sentinel errors (ErrX = errors.New) are allowed",
							fset.Position(id.Pos()), id.Name)
					}
				}
			}
		}
	}
}

func isErrorsNew(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "errors" && sel.Sel.Name == "New"
}

// Every exported name is documented, and the package has exactly one
// package comment, in doc.go.
func TestExportedNamesDocumented(t *testing.T) {
	fset, files := parsePackage(t)
	for name, f := range files {
		if f.Doc != nil && name != "doc.go" {
			t.Errorf("%s has a package comment; keep it in doc.go", name)
		}
		if name == "doc.go" && f.Doc == nil {
			t.Errorf("doc.go has no package comment")
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Name.IsExported() && d.Doc == nil && !isInterfaceMethod(d) {
					t.Errorf("%s: func %s is undocumented", fset.Position(d.Pos()), d.Name.Name)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && d.Doc == nil && s.Doc == nil {
							t.Errorf("%s: type %s is undocumented", fset.Position(s.Pos()), s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, id := range s.Names {
							if id.IsExported() && d.Doc == nil && s.Doc == nil && s.Comment == nil {
								t.Errorf("%s: %s is undocumented", fset.Position(id.Pos()), id.Name)
							}
						}
					}
				}
			}
		}
	}
}

// isInterfaceMethod reports the methods of the error interface and its
// Unwrap, whose contract the standard library documents.
func isInterfaceMethod(d *ast.FuncDecl) bool {
	if d.Recv == nil {
		return false
	}
	switch d.Name.Name {
	case "Error", "Unwrap":
		return true
	}
	return false
}
