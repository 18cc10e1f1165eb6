package subnet

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

// The package is a pure consensus core: standard library only, no floats,
// no clock, no goroutines, no logging, no package state but constants and
// sentinel errors (STYLE.md, "Pure core").
func TestPackageIsPure(t *testing.T) {
	forbiddenImports := map[string]bool{
		"time": true, "log": true, "log/slog": true, "math/rand": true, "math/rand/v2": true,
		"crypto/rand": true, "os": true, "sync": true, "unsafe": true, "reflect": true,
	}
	fset, files := parsePackage(t)
	for name, f := range files {
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
				t.Errorf("%s imports %q: only the standard library is allowed", name, path)
			}
			if forbiddenImports[path] {
				t.Errorf("%s imports %q: not allowed in the pure core", name, path)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.FLOAT || n.Kind == token.IMAG {
					t.Errorf("%s: float literal %s", fset.Position(n.Pos()), n.Value)
				}
			case *ast.Ident:
				switch n.Name {
				case "float32", "float64", "complex64", "complex128":
					t.Errorf("%s: float type %s", fset.Position(n.Pos()), n.Name)
				}
			case *ast.GoStmt:
				t.Errorf("%s: goroutine", fset.Position(n.Pos()))
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
				if d.Name.IsExported() && d.Recv == nil && d.Doc == nil {
					t.Errorf("%s: func %s is undocumented", fset.Position(d.Pos()), d.Name.Name)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && d.Doc == nil && s.Doc == nil {
							t.Errorf("%s: type %s is undocumented", fset.Position(s.Pos()), s.Name.Name)
						}
						if st, ok := s.Type.(*ast.StructType); ok && s.Name.IsExported() {
							for _, field := range st.Fields.List {
								for _, fn := range field.Names {
									if fn.IsExported() && field.Doc == nil && field.Comment == nil && !selfExplanatory(s.Name.Name) {
										t.Errorf("%s: field %s.%s is undocumented", fset.Position(fn.Pos()), s.Name.Name, fn.Name)
									}
								}
							}
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

// selfExplanatory lists structs whose type comment documents every field.
func selfExplanatory(typeName string) bool {
	switch typeName {
	case "U64F64", "WeightsRequest":
		return true
	}
	return false
}
