package wallet

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
)

// PasswordEnv is the environment variable Passphrase reads when no password
// file is given.
const PasswordEnv = "AGORA_PASSWORD"

// Errors returned by this package; test for them with errors.Is.
var (
	// ErrNoPassphrase: Passphrase found an empty passphrase (an empty
	// password file, or no file and AGORA_PASSWORD unset or empty).
	ErrNoPassphrase = errors.New("wallet: no passphrase")
	// ErrWrongPassphrase: Open could not decrypt the file with the passphrase.
	ErrWrongPassphrase = errors.New("wallet: wrong passphrase")
	// ErrNotKeystore: the file is not a keystore V3 (or V1) key file.
	ErrNotKeystore = errors.New("wallet: not a keystore file")
)

// Account is one key of a keystore directory.
type Account struct {
	// Address is the key's Ethereum address.
	Address common.Address `json:"address"`
	// Path is the keystore file holding the encrypted key.
	Path string `json:"path"`
}

// KDF is the scrypt cost of a new keystore file: N (CPU and memory cost, a
// power of two) and P (parallelism). Opening a file uses the cost stored in
// it, whatever KDF made it.
type KDF struct {
	N, P int
}

// StandardKDF is go-ethereum's standard scrypt cost (N = 2^18, P = 1): about
// 256 MiB and a second of CPU to derive the key. New uses it.
func StandardKDF() KDF { return KDF{N: keystore.StandardScryptN, P: keystore.StandardScryptP} }

// LightKDF is go-ethereum's light scrypt cost (N = 2^12, P = 6). It is weak:
// use it only for throwaway keys in tests.
func LightKDF() KDF { return KDF{N: keystore.LightScryptN, P: keystore.LightScryptP} }

// New generates a key, encrypts it with passphrase at the standard scrypt
// cost and writes it to a new file in dir (created with mode 0700 when
// missing; the file gets mode 0600), named as geth names them:
// UTC--<time>--<address>. An empty passphrase is ErrNoPassphrase.
func New(dir, passphrase string) (Account, error) {
	return Create(dir, passphrase, StandardKDF())
}

// Create is New with the given scrypt cost.
func Create(dir, passphrase string, kdf KDF) (Account, error) {
	if passphrase == "" {
		return Account{}, fmt.Errorf("%w: refusing to write an unencrypted key", ErrNoPassphrase)
	}
	if dir == "" {
		return Account{}, errors.New("wallet: keystore directory is empty")
	}
	if kdf.N < 2 || kdf.N&(kdf.N-1) != 0 || kdf.P < 1 {
		return Account{}, fmt.Errorf("wallet: scrypt N = %d, P = %d: N must be a power of two above 1 and P positive", kdf.N, kdf.P)
	}
	a, err := keystore.StoreKey(dir, passphrase, kdf.N, kdf.P)
	if err != nil {
		return Account{}, fmt.Errorf("wallet: new key in %s: %w", dir, err)
	}
	return Account{Address: a.Address, Path: a.URL.Path}, nil
}

// keyFile is the part of a keystore file List and Open read in clear.
type keyFile struct {
	Address string          `json:"address"`
	Crypto  json.RawMessage `json:"crypto"`
	Crypto1 json.RawMessage `json:"Crypto"` // version 1 files
}

// readKeyFile reads path and returns its contents and the address it
// declares.
func readKeyFile(path string) ([]byte, common.Address, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("wallet: %w", err)
	}
	var kf keyFile
	if err := json.Unmarshal(data, &kf); err != nil {
		return nil, common.Address{}, fmt.Errorf("%w: %s: %v", ErrNotKeystore, path, err)
	}
	addr := kf.Address
	if !strings.HasPrefix(addr, "0x") && !strings.HasPrefix(addr, "0X") {
		addr = "0x" + addr
	}
	if !common.IsHexAddress(addr) || (len(kf.Crypto) == 0 && len(kf.Crypto1) == 0) {
		return nil, common.Address{}, fmt.Errorf("%w: %s has no address or crypto section", ErrNotKeystore, path)
	}
	return data, common.HexToAddress(addr), nil
}

// List returns the accounts of the keystore files in dir, sorted by path.
// Files that are not keystore files (and hidden files, directories) are
// skipped, as geth skips them. A missing directory is an error.
func List(dir string) ([]Account, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("wallet: keystore %w", err)
	}
	accounts := []Account{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
			continue
		}
		if e.Type()&fs.ModeType != 0 && e.Type()&fs.ModeSymlink == 0 {
			continue // sockets, devices, pipes
		}
		path := filepath.Join(dir, name)
		_, addr, err := readKeyFile(path)
		if err != nil {
			continue
		}
		accounts = append(accounts, Account{Address: addr, Path: path})
	}
	slices.SortFunc(accounts, func(a, b Account) int { return strings.Compare(a.Path, b.Path) })
	return accounts, nil
}

// Open decrypts the keystore file at path with passphrase. A wrong
// passphrase is ErrWrongPassphrase; a file that is not a key file is
// ErrNotKeystore; a file whose key does not match the address it declares
// is an error too.
func Open(path, passphrase string) (*ecdsa.PrivateKey, error) {
	data, addr, err := readKeyFile(path)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(data, passphrase)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("%w for %s", ErrWrongPassphrase, path)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotKeystore, path, err)
	}
	if key.Address != addr {
		return nil, fmt.Errorf("wallet: %s declares address %s but holds the key of %s", path, addr.Hex(), key.Address.Hex())
	}
	return key.PrivateKey, nil
}

// Passphrase returns the passphrase of a keystore: the contents of
// passwordFile with trailing newlines (\n or \r\n) removed or, when
// passwordFile is "", the value of AGORA_PASSWORD. An empty result is
// ErrNoPassphrase, whose message says where a passphrase was looked for.
func Passphrase(passwordFile string) (string, error) {
	if passwordFile != "" {
		data, err := os.ReadFile(passwordFile)
		if err != nil {
			return "", fmt.Errorf("wallet: password file: %w", err)
		}
		pass := strings.TrimRight(string(data), "\r\n")
		if pass == "" {
			return "", fmt.Errorf("%w: the password file %s is empty", ErrNoPassphrase, passwordFile)
		}
		return pass, nil
	}
	if pass := os.Getenv(PasswordEnv); pass != "" {
		return pass, nil
	}
	return "", fmt.Errorf("%w: give a password file or set %s to the keystore passphrase", ErrNoPassphrase, PasswordEnv)
}
