package chain_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/agora-net/agora/chain/bindings"
)

// The contract artifacts are checked at three levels, so that `make test`
// needs only Go and still catches a stale commit:
//
//   - the bindings embed exactly the committed artifacts (ABI and bytecode);
//   - contracts/artifacts/SHA256SUMS, written by `make contracts`, matches
//     the sources (every .sol file, package.json with the compiler flags,
//     package-lock.json with the compiler and OpenZeppelin versions) and the
//     artifacts: editing a contract without `make contracts` fails here;
//   - when npm and chain/contracts/node_modules are installed (`npm ci`),
//     the sources are compiled afresh and must give the committed artifacts
//     byte for byte. Without npm this check is skipped, and says so: the
//     checksums above then stand in for it.

const contractsDir = "contracts"

// bindingsByType lists every artifact's bindings.
var bindingsByType = map[string]*bind.MetaData{
	"AgoraToken":     bindings.AgoraTokenMetaData,
	"SubnetRegistry": bindings.SubnetRegistryMetaData,
	"Staking":        bindings.StakingMetaData,
	"Emission":       bindings.EmissionMetaData,
	"TransferLoop":   bindings.TransferLoopMetaData,
}

// artifactTypes returns the contract types with an artifact, from the .abi files.
func artifactTypes(t *testing.T) []string {
	t.Helper()
	abis, err := filepath.Glob(filepath.Join(contractsDir, "artifacts", "*.abi"))
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, p := range abis {
		types = append(types, strings.TrimSuffix(filepath.Base(p), ".abi"))
	}
	slices.Sort(types)
	return types
}

// TestBindingsMatchArtifacts fails when chain/bindings was not regenerated
// from the committed artifacts (run `make contracts`).
func TestBindingsMatchArtifacts(t *testing.T) {
	types := artifactTypes(t)
	var want []string
	for name := range bindingsByType {
		want = append(want, name)
	}
	slices.Sort(want)
	if !slices.Equal(types, want) {
		t.Fatalf("artifacts %v, bindings %v: each artifact needs its binding (update bindingsByType and the Makefile's CONTRACTS)", types, want)
	}
	for _, name := range types {
		meta := bindingsByType[name]
		abiFile, err := os.ReadFile(filepath.Join(contractsDir, "artifacts", name+".abi"))
		if err != nil {
			t.Fatal(err)
		}
		binFile, err := os.ReadFile(filepath.Join(contractsDir, "artifacts", name+".bin"))
		if err != nil {
			t.Fatal(err)
		}
		// abigen drops the spaces of the ABI it embeds ("contract
		// AgoraToken" becomes "contractAgoraToken" in internalType).
		var fromFile, fromBindings any
		if err := json.Unmarshal(bytes.ReplaceAll(abiFile, []byte(" "), nil), &fromFile); err != nil {
			t.Fatalf("%s artifact ABI: %v", name, err)
		}
		if err := json.Unmarshal([]byte(strings.ReplaceAll(meta.ABI, " ", "")), &fromBindings); err != nil {
			t.Fatalf("%s bindings ABI: %v", name, err)
		}
		if !reflect.DeepEqual(fromFile, fromBindings) {
			t.Errorf("the %s bindings' ABI differs from its artifact; run make contracts", name)
		}
		if want := "0x" + strings.TrimSpace(string(binFile)); meta.Bin != want {
			t.Errorf("the %s bindings' bytecode differs from its artifact; run make contracts", name)
		}
	}
}

// checksums parses contracts/artifacts/SHA256SUMS (sha256sum's format)
// into path -> hex digest, paths relative to contracts/, in file order.
func checksums(t *testing.T) (map[string]string, []string) {
	t.Helper()
	f, err := os.Open(filepath.Join(contractsDir, "artifacts", "SHA256SUMS"))
	if err != nil {
		t.Fatalf("%v (run make contracts)", err)
	}
	defer f.Close()
	sums := make(map[string]string)
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, path, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("SHA256SUMS: bad line %q", sc.Text())
		}
		sums[path] = sum
		order = append(order, path)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sums, order
}

// solidityFiles lists the .sol files under contracts/, outside node_modules
// and build, relative to contracts/.
func solidityFiles(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(contractsDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "build") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".sol") {
			rel, err := filepath.Rel(contractsDir, p)
			if err != nil {
				return err
			}
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestArtifactChecksums fails when a contract source, the compiler settings
// or an artifact changed since `make contracts` last ran.
func TestArtifactChecksums(t *testing.T) {
	sums, _ := checksums(t)
	var listedSol, listedArtifacts []string
	for p := range sums {
		switch {
		case strings.HasSuffix(p, ".sol"):
			listedSol = append(listedSol, p)
		case strings.HasPrefix(p, "artifacts/"):
			listedArtifacts = append(listedArtifacts, p)
		}
	}
	slices.Sort(listedSol)
	slices.Sort(listedArtifacts)
	if got := solidityFiles(t); !slices.Equal(got, listedSol) {
		t.Errorf("Solidity sources %v, but make contracts compiled %v; add new contracts to the Makefile's CONTRACTS and run make contracts", got, listedSol)
	}
	var artifacts []string
	for _, name := range artifactTypes(t) {
		artifacts = append(artifacts, "artifacts/"+name+".abi", "artifacts/"+name+".bin")
	}
	slices.Sort(artifacts)
	if !slices.Equal(artifacts, listedArtifacts) {
		t.Errorf("artifacts %v, SHA256SUMS lists %v; run make contracts", artifacts, listedArtifacts)
	}
	for _, required := range []string{"package.json", "package-lock.json"} {
		if _, ok := sums[required]; !ok {
			t.Errorf("SHA256SUMS does not list %s", required)
		}
	}
	for p, want := range sums {
		data, err := os.ReadFile(filepath.Join(contractsDir, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		got := sha256.Sum256(data)
		if hex.EncodeToString(got[:]) != want {
			t.Errorf("%s changed since the artifacts were built; run make contracts", p)
		}
	}
}

// TestArtifactsFreshCompile compiles the sources with the pinned solc-js
// (package.json's build script) and compares the output with the committed
// artifacts byte for byte. It needs npm and chain/contracts/node_modules
// (`npm ci` there, which `make contracts` runs) and is skipped without them.
func TestArtifactsFreshCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the fresh compile")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not installed: the committed artifacts are checked against their recorded checksums only")
	}
	if _, err := os.Stat(filepath.Join(contractsDir, "node_modules", "solc", "package.json")); err != nil {
		t.Skip("chain/contracts/node_modules not installed (run npm ci there): the committed artifacts are checked against their recorded checksums only")
	}
	checkInstalledVersions(t)

	_, order := checksums(t)
	var sources []string
	for _, p := range order {
		if strings.HasSuffix(p, ".sol") {
			sources = append(sources, p)
		}
	}
	out := t.TempDir()
	cmd := exec.Command(npm, append([]string{"run", "--silent", "build", "--", "-o", out}, sources...)...)
	cmd.Dir = contractsDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("npm run build: %v\n%s", err, stderr.String())
	}
	for _, name := range artifactTypes(t) {
		var src string
		for _, s := range sources {
			if strings.TrimSuffix(filepath.Base(s), ".sol") == name {
				src = s
			}
		}
		if src == "" {
			t.Errorf("artifact %s has no source %s.sol", name, name)
			continue
		}
		base := strings.NewReplacer("/", "_", ".", "_").Replace(src) + "_" + name
		for _, ext := range []string{".abi", ".bin"} {
			fresh, err := os.ReadFile(filepath.Join(out, base+ext))
			if err != nil {
				t.Errorf("fresh compile: %v", err)
				continue
			}
			committed, err := os.ReadFile(filepath.Join(contractsDir, "artifacts", name+ext))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(fresh, committed) {
				t.Errorf("artifacts/%s%s differs from a fresh compile of %s; run make contracts", name, ext, src)
			}
		}
	}
}

// checkInstalledVersions fails when node_modules holds other versions of
// solc or OpenZeppelin than package-lock.json pins.
func checkInstalledVersions(t *testing.T) {
	t.Helper()
	var lock struct {
		Packages map[string]struct {
			Version string `json:"version"`
		} `json:"packages"`
	}
	data, err := os.ReadFile(filepath.Join(contractsDir, "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		t.Fatalf("package-lock.json: %v", err)
	}
	for _, pkg := range []string{"node_modules/solc", "node_modules/@openzeppelin/contracts"} {
		var installed struct {
			Version string `json:"version"`
		}
		data, err := os.ReadFile(filepath.Join(contractsDir, filepath.FromSlash(pkg), "package.json"))
		if err != nil {
			t.Fatalf("%s: %v (run npm ci in chain/contracts)", pkg, err)
		}
		if err := json.Unmarshal(data, &installed); err != nil {
			t.Fatalf("%s/package.json: %v", pkg, err)
		}
		if want := lock.Packages[pkg].Version; installed.Version != want {
			t.Fatalf("%s is %s but package-lock.json pins %s: run npm ci in chain/contracts", pkg, installed.Version, want)
		}
	}
}
