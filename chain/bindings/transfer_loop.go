// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// TransferLoopMetaData contains all meta data concerning the TransferLoop contract.
var TransferLoopMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"send\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506103b18061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063f8129cd21461002d575b5f5ffd5b61004061003b36600461028b565b610042565b005b8281146100b0576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f6c656e677468206d69736d61746368000000000000000000000000000000000060448201526064015b60405180910390fd5b5f5b83811015610217578573ffffffffffffffffffffffffffffffffffffffff1663a9059cbb8686848181106100e8576100e861030d565b90506020020160208101906100fd919061033a565b85858581811061010f5761010f61030d565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e087901b16815273ffffffffffffffffffffffffffffffffffffffff909416600485015260200291909101356024830152506044016020604051808303815f875af1158015610185573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101a9919061035c565b61020f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f7472616e73666572206661696c6564000000000000000000000000000000000060448201526064016100a7565b6001016100b2565b505050505050565b73ffffffffffffffffffffffffffffffffffffffff81168114610240575f5ffd5b50565b5f5f83601f840112610253575f5ffd5b50813567ffffffffffffffff81111561026a575f5ffd5b6020830191508360208260051b8501011115610284575f5ffd5b9250929050565b5f5f5f5f5f6060868803121561029f575f5ffd5b85356102aa8161021f565b9450602086013567ffffffffffffffff8111156102c5575f5ffd5b6102d188828901610243565b909550935050604086013567ffffffffffffffff8111156102f0575f5ffd5b6102fc88828901610243565b969995985093965092949392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f6020828403121561034a575f5ffd5b81356103558161021f565b9392505050565b5f6020828403121561036c575f5ffd5b81518015158114610355575f5ffdfea26469706673582212207b50246a2add0b1147458c39900c6289de99fd68db5d96b90ff6eb67dfbf8c5964736f6c63430008250033",
}

// TransferLoopABI is the input ABI used to generate the binding from.
// Deprecated: Use TransferLoopMetaData.ABI instead.
var TransferLoopABI = TransferLoopMetaData.ABI

// TransferLoopBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TransferLoopMetaData.Bin instead.
var TransferLoopBin = TransferLoopMetaData.Bin

// DeployTransferLoop deploys a new Ethereum contract, binding an instance of TransferLoop to it.
func DeployTransferLoop(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *TransferLoop, error) {
	parsed, err := TransferLoopMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TransferLoopBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TransferLoop{TransferLoopCaller: TransferLoopCaller{contract: contract}, TransferLoopTransactor: TransferLoopTransactor{contract: contract}, TransferLoopFilterer: TransferLoopFilterer{contract: contract}}, nil
}

// TransferLoop is an auto generated Go binding around an Ethereum contract.
type TransferLoop struct {
	TransferLoopCaller     // Read-only binding to the contract
	TransferLoopTransactor // Write-only binding to the contract
	TransferLoopFilterer   // Log filterer for contract events
}

// TransferLoopCaller is an auto generated read-only Go binding around an Ethereum contract.
type TransferLoopCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransferLoopTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TransferLoopTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransferLoopFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TransferLoopFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransferLoopSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TransferLoopSession struct {
	Contract     *TransferLoop     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TransferLoopCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TransferLoopCallerSession struct {
	Contract *TransferLoopCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// TransferLoopTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TransferLoopTransactorSession struct {
	Contract     *TransferLoopTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// TransferLoopRaw is an auto generated low-level Go binding around an Ethereum contract.
type TransferLoopRaw struct {
	Contract *TransferLoop // Generic contract binding to access the raw methods on
}

// TransferLoopCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TransferLoopCallerRaw struct {
	Contract *TransferLoopCaller // Generic read-only contract binding to access the raw methods on
}

// TransferLoopTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TransferLoopTransactorRaw struct {
	Contract *TransferLoopTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTransferLoop creates a new instance of TransferLoop, bound to a specific deployed contract.
func NewTransferLoop(address common.Address, backend bind.ContractBackend) (*TransferLoop, error) {
	contract, err := bindTransferLoop(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TransferLoop{TransferLoopCaller: TransferLoopCaller{contract: contract}, TransferLoopTransactor: TransferLoopTransactor{contract: contract}, TransferLoopFilterer: TransferLoopFilterer{contract: contract}}, nil
}

// NewTransferLoopCaller creates a new read-only instance of TransferLoop, bound to a specific deployed contract.
func NewTransferLoopCaller(address common.Address, caller bind.ContractCaller) (*TransferLoopCaller, error) {
	contract, err := bindTransferLoop(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TransferLoopCaller{contract: contract}, nil
}

// NewTransferLoopTransactor creates a new write-only instance of TransferLoop, bound to a specific deployed contract.
func NewTransferLoopTransactor(address common.Address, transactor bind.ContractTransactor) (*TransferLoopTransactor, error) {
	contract, err := bindTransferLoop(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TransferLoopTransactor{contract: contract}, nil
}

// NewTransferLoopFilterer creates a new log filterer instance of TransferLoop, bound to a specific deployed contract.
func NewTransferLoopFilterer(address common.Address, filterer bind.ContractFilterer) (*TransferLoopFilterer, error) {
	contract, err := bindTransferLoop(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TransferLoopFilterer{contract: contract}, nil
}

// bindTransferLoop binds a generic wrapper to an already deployed contract.
func bindTransferLoop(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TransferLoopMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TransferLoop *TransferLoopRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TransferLoop.Contract.TransferLoopCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TransferLoop *TransferLoopRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransferLoop.Contract.TransferLoopTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TransferLoop *TransferLoopRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TransferLoop.Contract.TransferLoopTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TransferLoop *TransferLoopCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TransferLoop.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TransferLoop *TransferLoopTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransferLoop.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TransferLoop *TransferLoopTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TransferLoop.Contract.contract.Transact(opts, method, params...)
}

// Send is a paid mutator transaction binding the contract method 0xf8129cd2.
//
// Solidity: function send(address token, address[] recipients, uint256[] amounts) returns()
func (_TransferLoop *TransferLoopTransactor) Send(opts *bind.TransactOpts, token common.Address, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _TransferLoop.contract.Transact(opts, "send", token, recipients, amounts)
}

// Send is a paid mutator transaction binding the contract method 0xf8129cd2.
//
// Solidity: function send(address token, address[] recipients, uint256[] amounts) returns()
func (_TransferLoop *TransferLoopSession) Send(token common.Address, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _TransferLoop.Contract.Send(&_TransferLoop.TransactOpts, token, recipients, amounts)
}

// Send is a paid mutator transaction binding the contract method 0xf8129cd2.
//
// Solidity: function send(address token, address[] recipients, uint256[] amounts) returns()
func (_TransferLoop *TransferLoopTransactorSession) Send(token common.Address, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _TransferLoop.Contract.Send(&_TransferLoop.TransactOpts, token, recipients, amounts)
}
