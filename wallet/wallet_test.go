package wallet

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestCreateListOpen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keystore") // created by Create
	a, err := Create(dir, "correct horse", LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Create(dir, "battery staple", LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(a.Path) != dir || !strings.HasPrefix(filepath.Base(a.Path), "UTC--") {
		t.Errorf("got path %s, want a UTC--… file in %s", a.Path, dir)
	}
	if fi, err := os.Stat(a.Path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode: %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("keystore dir mode: %v, %v; want 0700", fi.Mode().Perm(), err)
	}
	// Junk beside the keys is skipped.
	for name, content := range map[string]string{"notes.txt": "hello", ".hidden": "{}", "bad.json": `{"address":"zz"}`} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o700); err != nil {
		t.Fatal(err)
	}

	got, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Account{a.Path: a, b.Path: b}
	if len(got) != 2 {
		t.Fatalf("List got %d accounts %v, want 2", len(got), got)
	}
	for _, acc := range got {
		if want[acc.Path] != acc {
			t.Errorf("List got %+v, want one of %+v", acc, want)
		}
	}
	if got[0].Path > got[1].Path {
		t.Errorf("List not sorted by path: %v", got)
	}

	key, err := Open(a.Path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if addr := crypto.PubkeyToAddress(key.PublicKey); addr != a.Address {
		t.Errorf("Open gave the key of %s, want %s", addr.Hex(), a.Address.Hex())
	}
	if _, err := Open(a.Path, "battery staple"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("Open with the wrong passphrase: got %v, want ErrWrongPassphrase", err)
	}
	if _, err := Open(filepath.Join(dir, "notes.txt"), "x"); !errors.Is(err, ErrNotKeystore) {
		t.Errorf("Open of a text file: got %v, want ErrNotKeystore", err)
	}
	if _, err := Open(filepath.Join(dir, "missing"), "x"); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open of a missing file: got %v, want a not-exist error", err)
	}
}

func TestOpenDetectsSwappedAddress(t *testing.T) {
	dir := t.TempDir()
	a, err := Create(dir, "pw", LightKDF())
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(a.Path)
	if err != nil {
		t.Fatal(err)
	}
	other := strings.Repeat("11", 20)
	forged := strings.Replace(string(data), strings.ToLower(a.Address.Hex()[2:]), other, 1)
	path := filepath.Join(dir, "forged")
	if err := os.WriteFile(path, []byte(forged), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, "pw"); err == nil || !strings.Contains(err.Error(), "declares address") {
		t.Errorf("got %v, want an address mismatch error", err)
	}
}

func TestCreateRejects(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir, "", LightKDF()); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("empty passphrase: got %v, want ErrNoPassphrase", err)
	}
	if _, err := Create("", "pw", LightKDF()); err == nil {
		t.Error("empty dir: got nil error")
	}
	if _, err := Create(dir, "pw", KDF{N: 1000, P: 1}); err == nil {
		t.Error("N not a power of two: got nil error")
	}
	if accs, err := List(dir); err != nil || len(accs) != 0 {
		t.Errorf("after refused creations List = %v, %v; want no accounts", accs, err)
	}
	if _, err := List(filepath.Join(dir, "missing")); err == nil {
		t.Error("List of a missing dir: got nil error")
	}
}

func TestKDFs(t *testing.T) {
	if got := StandardKDF(); got.N != 1<<18 || got.P != 1 {
		t.Errorf("StandardKDF = %+v, want N 2^18, P 1", got)
	}
	if got := LightKDF(); got.N != 1<<12 || got.P != 6 {
		t.Errorf("LightKDF = %+v, want N 2^12, P 6", got)
	}
}

func TestPassphrase(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		file    string
		env     string
		want    string
		wantErr error
	}{
		{"file with newline", write("a", "s3cret\n"), "", "s3cret", nil},
		{"file with CRLF", write("b", "s3cret\r\n"), "", "s3cret", nil},
		{"file without newline", write("c", "  spaced  "), "", "  spaced  ", nil},
		{"file beats env", write("d", "fromfile\n"), "fromenv", "fromfile", nil},
		{"env", "", "fromenv", "fromenv", nil},
		{"empty file", write("e", "\n"), "fromenv", "", ErrNoPassphrase},
		{"nothing", "", "", "", ErrNoPassphrase},
		{"missing file", filepath.Join(dir, "missing"), "fromenv", "", os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(PasswordEnv, tt.env)
			got, err := Passphrase(tt.file)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got %q, %v; want error %v", got, err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error %q spans lines", err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	t.Setenv(PasswordEnv, "")
	_, err := Passphrase("")
	if err == nil || !strings.Contains(err.Error(), PasswordEnv) {
		t.Errorf("no passphrase: got %v, want a sentence naming %s", err, PasswordEnv)
	}
}

// TestNewUsesStandardKDF checks the cost New writes into the file: the
// standard one (about a second of scrypt, several under -race, so it runs
// in parallel and not in -short mode).
func TestNewUsesStandardKDF(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt is slow; skipped in -short mode")
	}
	t.Parallel()
	a, err := New(t.TempDir(), "pw")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(a.Path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Crypto struct {
			KDF       string         `json:"kdf"`
			KDFParams map[string]any `json:"kdfparams"`
		} `json:"crypto"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	if got := file.Crypto.KDFParams["n"]; file.Crypto.KDF != "scrypt" || got != float64(1<<18) || file.Crypto.KDFParams["p"] != float64(1) {
		t.Errorf("New wrote kdf %s with params %v, want scrypt with n = 2^18, p = 1", file.Crypto.KDF, file.Crypto.KDFParams)
	}
}
