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

// SubnetRegistryMetaData contains all meta data concerning the SubnetRegistry contract.
var SubnetRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAgoraToken\",\"name\":\"agoraToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pricer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lockCost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"registrationPrice\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hotkey\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"}],\"name\":\"HotkeyOwnedByOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PriceAboveMax\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManySubnets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"UnknownSubnet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hotkey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"RegistrationPriceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"registrationPrice\",\"type\":\"uint256\"}],\"name\":\"SubnetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lockCost\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"initialRegistrationPrice\",\"type\":\"uint256\"}],\"name\":\"SubnetTermsSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hotkey\",\"type\":\"address\"}],\"name\":\"coldkeyOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxLock\",\"type\":\"uint256\"}],\"name\":\"createSubnet\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialRegistrationPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"hotkey\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"hotkey\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"registerWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"setRegistrationPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lockCost\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"registrationPrice\",\"type\":\"uint256\"}],\"name\":\"setSubnetTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"subnetCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"subnetExists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"subnetInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"registrationPrice\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"subnetLockCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractAgoraToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516113f93803806113f983398101604081905261002e9161017f565b6001600160a01b038416158061004b57506001600160a01b038316155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384166080526002829055600381905561008a5f336100bf565b506100b57fd4656a873938c6a54143cf99a88af3386da566bdef9cba62b37bbb4b88969b2d846100bf565b50505050506101c4565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661015f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101173390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610162565b505f5b92915050565b6001600160a01b038116811461017c575f5ffd5b50565b5f5f5f5f60808587031215610192575f5ffd5b845161019d81610168565b60208601519094506101ae81610168565b6040860151606090960151949790965092505050565b6080516112086101f15f395f81816103dc0152818161067b01528181610b8b0152610c5901526112085ff3fe608060405234801561000f575f5ffd5b5060043610610163575f3560e01c80638a0bbce2116100c7578063c4d1e4c31161007d578063daa4f82411610063578063daa4f824146103a7578063fb91758a146103b0578063fc0c546a146103d7575f5ffd5b8063c4d1e4c31461038b578063d547741f14610394575f5ffd5b806391d14854116100ad57806391d1485414610306578063a217fddf14610349578063bc3553ac14610350575f5ffd5b80638a0bbce21461029e578063916a5c5b146102f8575f5ffd5b80632f2ff15d1161011c5780636d7c4bd5116101025780636d7c4bd5146102655780637247003f1461027857806377bcf27e1461028b575f5ffd5b80632f2ff15d1461023f57806336568abe14610252575f5ffd5b806319c4bdad1161014c57806319c4bdad146101b5578063248a9ca3146101ca57806329bcd3f5146101fa575f5ffd5b806301ffc9a714610167578063085b9abc1461018f575b5f5ffd5b61017a610175366004610f93565b6103fe565b60405190151581526020015b60405180910390f35b6101a261019d366004610fd9565b610496565b60405161ffff9091168152602001610186565b6101c86101c3366004611006565b610704565b005b6101ec6101d8366004610fd9565b5f9081526020819052604090206001015490565b604051908152602001610186565b61020d61020836600461102e565b6107da565b6040805173ffffffffffffffffffffffffffffffffffffffff9094168452602084019290925290820152606001610186565b6101c861024d36600461106a565b610874565b6101c861026036600461106a565b61089e565b6101c8610273366004611094565b6108fc565b6101c86102863660046110ce565b610c00565b6101c861029936600461113b565b610cd5565b6102d36102ac36600461115b565b60056020525f908152604090205473ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610186565b6001546101a29061ffff1681565b61017a61031436600461106a565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101ec5f81565b61017a61035e36600461102e565b61ffff165f9081526004602052604090205473ffffffffffffffffffffffffffffffffffffffff16151590565b6101ec60025481565b6101c86103a236600461106a565b610d27565b6101ec60035481565b6101ec7fd4656a873938c6a54143cf99a88af3386da566bdef9cba62b37bbb4b88969b2d81565b6102d37f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061049057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6002545f90828111156104e4576040517f8b8675a500000000000000000000000000000000000000000000000000000000815260048101829052602481018490526044015b60405180910390fd5b60015461ffff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00018101610544576040517f0f12e3ec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61054f816001611174565b600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff83169081178255600354604080516060810182523380825260208083018a81528385018681525f88815260048452869020945185547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff909116178555905197840197909755955160029092019190915581518881529485018390529497509093927f4236d5466716175520dbe8c4b25abab78f7fc6449903fe20335f76bb2d4317d8910160405180910390a382156106fc576040517f23b872dd000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018490527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906323b872dd906064016020604051808303815f875af11580156106d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106fa91906111b3565b505b505050919050565b7fd4656a873938c6a54143cf99a88af3386da566bdef9cba62b37bbb4b88969b2d61072e81610d4b565b61ffff83165f908152600460205260409020805473ffffffffffffffffffffffffffffffffffffffff16610794576040517f7321496400000000000000000000000000000000000000000000000000000000815261ffff851660048201526024016104db565b6002810183905560405183815261ffff8516907fb368dc2bbb6cb06944fdabab064bc84558cd5d9ad11086a5c76ebbdb6c794f9c9060200160405180910390a250505050565b61ffff81165f90815260046020526040812080548291829173ffffffffffffffffffffffffffffffffffffffff16610844576040517f7321496400000000000000000000000000000000000000000000000000000000815261ffff861660048201526024016104db565b8054600182015460029092015473ffffffffffffffffffffffffffffffffffffffff909116969195509350915050565b5f8281526020819052604090206001015461088e81610d4b565b6108988383610d58565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146108ed576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f78282610e51565b505050565b73ffffffffffffffffffffffffffffffffffffffff8216610949576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61ffff83165f908152600460205260409020805473ffffffffffffffffffffffffffffffffffffffff166109af576040517f7321496400000000000000000000000000000000000000000000000000000000815261ffff851660048201526024016104db565b73ffffffffffffffffffffffffffffffffffffffff8084165f908152600560205260409020541680610a2c5773ffffffffffffffffffffffffffffffffffffffff84165f90815260056020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055610a9b565b73ffffffffffffffffffffffffffffffffffffffff81163314610a9b576040517fcb69d8b600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8086166004830152821660248201526044016104db565b600282015483811115610ae4576040517f8b8675a500000000000000000000000000000000000000000000000000000000815260048101829052602481018590526044016104db565b3373ffffffffffffffffffffffffffffffffffffffff168573ffffffffffffffffffffffffffffffffffffffff168761ffff167fea9d856fe3555280cf218a8e87d9fcda7bd8fe501efbd1bae6c46e703a9887f784604051610b4891815260200190565b60405180910390a48015610bf8576040517f79cc6790000000000000000000000000000000000000000000000000000000008152336004820152602481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906379cc6790906044015f604051808303815f87803b158015610be1575f5ffd5b505af1158015610bf3573d5f5f3e3d5ffd5b505050505b505050505050565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d505accf9060e4015f604051808303815f87803b158015610caf575f5ffd5b505af1925050508015610cc0575060015b50610ccc8787876108fc565b50505050505050565b5f610cdf81610d4b565b6002839055600382905560408051848152602081018490527feb076f2879f613f9d63f6747996e0c07eb082dee703952469be087e1f5ecf9eb910160405180910390a1505050565b5f82815260208190526040902060010154610d4181610d4b565b6108988383610e51565b610d558133610f0a565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610e4a575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610de83390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610490565b505f610490565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610e4a575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610490565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610f8f576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016104db565b5050565b5f60208284031215610fa3575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610fd2575f5ffd5b9392505050565b5f60208284031215610fe9575f5ffd5b5035919050565b803561ffff81168114611001575f5ffd5b919050565b5f5f60408385031215611017575f5ffd5b61102083610ff0565b946020939093013593505050565b5f6020828403121561103e575f5ffd5b610fd282610ff0565b803573ffffffffffffffffffffffffffffffffffffffff81168114611001575f5ffd5b5f5f6040838503121561107b575f5ffd5b8235915061108b60208401611047565b90509250929050565b5f5f5f606084860312156110a6575f5ffd5b6110af84610ff0565b92506110bd60208501611047565b929592945050506040919091013590565b5f5f5f5f5f5f5f60e0888a0312156110e4575f5ffd5b6110ed88610ff0565b96506110fb60208901611047565b95506040880135945060608801359350608088013560ff8116811461111e575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f6040838503121561114c575f5ffd5b50508035926020909101359150565b5f6020828403121561116b575f5ffd5b610fd282611047565b61ffff8181168382160190811115610490577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f602082840312156111c3575f5ffd5b81518015158114610fd2575f5ffdfea2646970667358221220eba7c28072ae89511648a96e9c435047e7f586fa94856f1e80a02b001c240a4764736f6c63430008250033",
}

// SubnetRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use SubnetRegistryMetaData.ABI instead.
var SubnetRegistryABI = SubnetRegistryMetaData.ABI

// SubnetRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SubnetRegistryMetaData.Bin instead.
var SubnetRegistryBin = SubnetRegistryMetaData.Bin

// DeploySubnetRegistry deploys a new Ethereum contract, binding an instance of SubnetRegistry to it.
func DeploySubnetRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, agoraToken common.Address, pricer common.Address, lockCost *big.Int, registrationPrice *big.Int) (common.Address, *types.Transaction, *SubnetRegistry, error) {
	parsed, err := SubnetRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SubnetRegistryBin), backend, agoraToken, pricer, lockCost, registrationPrice)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SubnetRegistry{SubnetRegistryCaller: SubnetRegistryCaller{contract: contract}, SubnetRegistryTransactor: SubnetRegistryTransactor{contract: contract}, SubnetRegistryFilterer: SubnetRegistryFilterer{contract: contract}}, nil
}

// SubnetRegistry is an auto generated Go binding around an Ethereum contract.
type SubnetRegistry struct {
	SubnetRegistryCaller     // Read-only binding to the contract
	SubnetRegistryTransactor // Write-only binding to the contract
	SubnetRegistryFilterer   // Log filterer for contract events
}

// SubnetRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type SubnetRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubnetRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SubnetRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubnetRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SubnetRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubnetRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SubnetRegistrySession struct {
	Contract     *SubnetRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SubnetRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SubnetRegistryCallerSession struct {
	Contract *SubnetRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// SubnetRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SubnetRegistryTransactorSession struct {
	Contract     *SubnetRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// SubnetRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type SubnetRegistryRaw struct {
	Contract *SubnetRegistry // Generic contract binding to access the raw methods on
}

// SubnetRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SubnetRegistryCallerRaw struct {
	Contract *SubnetRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// SubnetRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SubnetRegistryTransactorRaw struct {
	Contract *SubnetRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSubnetRegistry creates a new instance of SubnetRegistry, bound to a specific deployed contract.
func NewSubnetRegistry(address common.Address, backend bind.ContractBackend) (*SubnetRegistry, error) {
	contract, err := bindSubnetRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistry{SubnetRegistryCaller: SubnetRegistryCaller{contract: contract}, SubnetRegistryTransactor: SubnetRegistryTransactor{contract: contract}, SubnetRegistryFilterer: SubnetRegistryFilterer{contract: contract}}, nil
}

// NewSubnetRegistryCaller creates a new read-only instance of SubnetRegistry, bound to a specific deployed contract.
func NewSubnetRegistryCaller(address common.Address, caller bind.ContractCaller) (*SubnetRegistryCaller, error) {
	contract, err := bindSubnetRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryCaller{contract: contract}, nil
}

// NewSubnetRegistryTransactor creates a new write-only instance of SubnetRegistry, bound to a specific deployed contract.
func NewSubnetRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*SubnetRegistryTransactor, error) {
	contract, err := bindSubnetRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryTransactor{contract: contract}, nil
}

// NewSubnetRegistryFilterer creates a new log filterer instance of SubnetRegistry, bound to a specific deployed contract.
func NewSubnetRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*SubnetRegistryFilterer, error) {
	contract, err := bindSubnetRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryFilterer{contract: contract}, nil
}

// bindSubnetRegistry binds a generic wrapper to an already deployed contract.
func bindSubnetRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SubnetRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SubnetRegistry *SubnetRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SubnetRegistry.Contract.SubnetRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SubnetRegistry *SubnetRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.SubnetRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SubnetRegistry *SubnetRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.SubnetRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SubnetRegistry *SubnetRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SubnetRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SubnetRegistry *SubnetRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SubnetRegistry *SubnetRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SubnetRegistry *SubnetRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SubnetRegistry *SubnetRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SubnetRegistry.Contract.DEFAULTADMINROLE(&_SubnetRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SubnetRegistry *SubnetRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SubnetRegistry.Contract.DEFAULTADMINROLE(&_SubnetRegistry.CallOpts)
}

// PRICEROLE is a free data retrieval call binding the contract method 0xfb91758a.
//
// Solidity: function PRICE_ROLE() view returns(bytes32)
func (_SubnetRegistry *SubnetRegistryCaller) PRICEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "PRICE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PRICEROLE is a free data retrieval call binding the contract method 0xfb91758a.
//
// Solidity: function PRICE_ROLE() view returns(bytes32)
func (_SubnetRegistry *SubnetRegistrySession) PRICEROLE() ([32]byte, error) {
	return _SubnetRegistry.Contract.PRICEROLE(&_SubnetRegistry.CallOpts)
}

// PRICEROLE is a free data retrieval call binding the contract method 0xfb91758a.
//
// Solidity: function PRICE_ROLE() view returns(bytes32)
func (_SubnetRegistry *SubnetRegistryCallerSession) PRICEROLE() ([32]byte, error) {
	return _SubnetRegistry.Contract.PRICEROLE(&_SubnetRegistry.CallOpts)
}

// ColdkeyOf is a free data retrieval call binding the contract method 0x8a0bbce2.
//
// Solidity: function coldkeyOf(address hotkey) view returns(address coldkey)
func (_SubnetRegistry *SubnetRegistryCaller) ColdkeyOf(opts *bind.CallOpts, hotkey common.Address) (common.Address, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "coldkeyOf", hotkey)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ColdkeyOf is a free data retrieval call binding the contract method 0x8a0bbce2.
//
// Solidity: function coldkeyOf(address hotkey) view returns(address coldkey)
func (_SubnetRegistry *SubnetRegistrySession) ColdkeyOf(hotkey common.Address) (common.Address, error) {
	return _SubnetRegistry.Contract.ColdkeyOf(&_SubnetRegistry.CallOpts, hotkey)
}

// ColdkeyOf is a free data retrieval call binding the contract method 0x8a0bbce2.
//
// Solidity: function coldkeyOf(address hotkey) view returns(address coldkey)
func (_SubnetRegistry *SubnetRegistryCallerSession) ColdkeyOf(hotkey common.Address) (common.Address, error) {
	return _SubnetRegistry.Contract.ColdkeyOf(&_SubnetRegistry.CallOpts, hotkey)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SubnetRegistry *SubnetRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SubnetRegistry *SubnetRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SubnetRegistry.Contract.GetRoleAdmin(&_SubnetRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SubnetRegistry *SubnetRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SubnetRegistry.Contract.GetRoleAdmin(&_SubnetRegistry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SubnetRegistry *SubnetRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SubnetRegistry *SubnetRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SubnetRegistry.Contract.HasRole(&_SubnetRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SubnetRegistry *SubnetRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SubnetRegistry.Contract.HasRole(&_SubnetRegistry.CallOpts, role, account)
}

// InitialRegistrationPrice is a free data retrieval call binding the contract method 0xdaa4f824.
//
// Solidity: function initialRegistrationPrice() view returns(uint256)
func (_SubnetRegistry *SubnetRegistryCaller) InitialRegistrationPrice(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "initialRegistrationPrice")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// InitialRegistrationPrice is a free data retrieval call binding the contract method 0xdaa4f824.
//
// Solidity: function initialRegistrationPrice() view returns(uint256)
func (_SubnetRegistry *SubnetRegistrySession) InitialRegistrationPrice() (*big.Int, error) {
	return _SubnetRegistry.Contract.InitialRegistrationPrice(&_SubnetRegistry.CallOpts)
}

// InitialRegistrationPrice is a free data retrieval call binding the contract method 0xdaa4f824.
//
// Solidity: function initialRegistrationPrice() view returns(uint256)
func (_SubnetRegistry *SubnetRegistryCallerSession) InitialRegistrationPrice() (*big.Int, error) {
	return _SubnetRegistry.Contract.InitialRegistrationPrice(&_SubnetRegistry.CallOpts)
}

// SubnetCount is a free data retrieval call binding the contract method 0x916a5c5b.
//
// Solidity: function subnetCount() view returns(uint16)
func (_SubnetRegistry *SubnetRegistryCaller) SubnetCount(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "subnetCount")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// SubnetCount is a free data retrieval call binding the contract method 0x916a5c5b.
//
// Solidity: function subnetCount() view returns(uint16)
func (_SubnetRegistry *SubnetRegistrySession) SubnetCount() (uint16, error) {
	return _SubnetRegistry.Contract.SubnetCount(&_SubnetRegistry.CallOpts)
}

// SubnetCount is a free data retrieval call binding the contract method 0x916a5c5b.
//
// Solidity: function subnetCount() view returns(uint16)
func (_SubnetRegistry *SubnetRegistryCallerSession) SubnetCount() (uint16, error) {
	return _SubnetRegistry.Contract.SubnetCount(&_SubnetRegistry.CallOpts)
}

// SubnetExists is a free data retrieval call binding the contract method 0xbc3553ac.
//
// Solidity: function subnetExists(uint16 subnet) view returns(bool)
func (_SubnetRegistry *SubnetRegistryCaller) SubnetExists(opts *bind.CallOpts, subnet uint16) (bool, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "subnetExists", subnet)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SubnetExists is a free data retrieval call binding the contract method 0xbc3553ac.
//
// Solidity: function subnetExists(uint16 subnet) view returns(bool)
func (_SubnetRegistry *SubnetRegistrySession) SubnetExists(subnet uint16) (bool, error) {
	return _SubnetRegistry.Contract.SubnetExists(&_SubnetRegistry.CallOpts, subnet)
}

// SubnetExists is a free data retrieval call binding the contract method 0xbc3553ac.
//
// Solidity: function subnetExists(uint16 subnet) view returns(bool)
func (_SubnetRegistry *SubnetRegistryCallerSession) SubnetExists(subnet uint16) (bool, error) {
	return _SubnetRegistry.Contract.SubnetExists(&_SubnetRegistry.CallOpts, subnet)
}

// SubnetInfo is a free data retrieval call binding the contract method 0x29bcd3f5.
//
// Solidity: function subnetInfo(uint16 subnet) view returns(address owner, uint256 locked, uint256 registrationPrice)
func (_SubnetRegistry *SubnetRegistryCaller) SubnetInfo(opts *bind.CallOpts, subnet uint16) (struct {
	Owner             common.Address
	Locked            *big.Int
	RegistrationPrice *big.Int
}, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "subnetInfo", subnet)

	outstruct := new(struct {
		Owner             common.Address
		Locked            *big.Int
		RegistrationPrice *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Locked = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.RegistrationPrice = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// SubnetInfo is a free data retrieval call binding the contract method 0x29bcd3f5.
//
// Solidity: function subnetInfo(uint16 subnet) view returns(address owner, uint256 locked, uint256 registrationPrice)
func (_SubnetRegistry *SubnetRegistrySession) SubnetInfo(subnet uint16) (struct {
	Owner             common.Address
	Locked            *big.Int
	RegistrationPrice *big.Int
}, error) {
	return _SubnetRegistry.Contract.SubnetInfo(&_SubnetRegistry.CallOpts, subnet)
}

// SubnetInfo is a free data retrieval call binding the contract method 0x29bcd3f5.
//
// Solidity: function subnetInfo(uint16 subnet) view returns(address owner, uint256 locked, uint256 registrationPrice)
func (_SubnetRegistry *SubnetRegistryCallerSession) SubnetInfo(subnet uint16) (struct {
	Owner             common.Address
	Locked            *big.Int
	RegistrationPrice *big.Int
}, error) {
	return _SubnetRegistry.Contract.SubnetInfo(&_SubnetRegistry.CallOpts, subnet)
}

// SubnetLockCost is a free data retrieval call binding the contract method 0xc4d1e4c3.
//
// Solidity: function subnetLockCost() view returns(uint256)
func (_SubnetRegistry *SubnetRegistryCaller) SubnetLockCost(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "subnetLockCost")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SubnetLockCost is a free data retrieval call binding the contract method 0xc4d1e4c3.
//
// Solidity: function subnetLockCost() view returns(uint256)
func (_SubnetRegistry *SubnetRegistrySession) SubnetLockCost() (*big.Int, error) {
	return _SubnetRegistry.Contract.SubnetLockCost(&_SubnetRegistry.CallOpts)
}

// SubnetLockCost is a free data retrieval call binding the contract method 0xc4d1e4c3.
//
// Solidity: function subnetLockCost() view returns(uint256)
func (_SubnetRegistry *SubnetRegistryCallerSession) SubnetLockCost() (*big.Int, error) {
	return _SubnetRegistry.Contract.SubnetLockCost(&_SubnetRegistry.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SubnetRegistry *SubnetRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SubnetRegistry *SubnetRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SubnetRegistry.Contract.SupportsInterface(&_SubnetRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SubnetRegistry *SubnetRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SubnetRegistry.Contract.SupportsInterface(&_SubnetRegistry.CallOpts, interfaceId)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_SubnetRegistry *SubnetRegistryCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SubnetRegistry.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_SubnetRegistry *SubnetRegistrySession) Token() (common.Address, error) {
	return _SubnetRegistry.Contract.Token(&_SubnetRegistry.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_SubnetRegistry *SubnetRegistryCallerSession) Token() (common.Address, error) {
	return _SubnetRegistry.Contract.Token(&_SubnetRegistry.CallOpts)
}

// CreateSubnet is a paid mutator transaction binding the contract method 0x085b9abc.
//
// Solidity: function createSubnet(uint256 maxLock) returns(uint16 subnet)
func (_SubnetRegistry *SubnetRegistryTransactor) CreateSubnet(opts *bind.TransactOpts, maxLock *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "createSubnet", maxLock)
}

// CreateSubnet is a paid mutator transaction binding the contract method 0x085b9abc.
//
// Solidity: function createSubnet(uint256 maxLock) returns(uint16 subnet)
func (_SubnetRegistry *SubnetRegistrySession) CreateSubnet(maxLock *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.CreateSubnet(&_SubnetRegistry.TransactOpts, maxLock)
}

// CreateSubnet is a paid mutator transaction binding the contract method 0x085b9abc.
//
// Solidity: function createSubnet(uint256 maxLock) returns(uint16 subnet)
func (_SubnetRegistry *SubnetRegistryTransactorSession) CreateSubnet(maxLock *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.CreateSubnet(&_SubnetRegistry.TransactOpts, maxLock)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SubnetRegistry *SubnetRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SubnetRegistry *SubnetRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.GrantRole(&_SubnetRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SubnetRegistry *SubnetRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.GrantRole(&_SubnetRegistry.TransactOpts, role, account)
}

// Register is a paid mutator transaction binding the contract method 0x6d7c4bd5.
//
// Solidity: function register(uint16 subnet, address hotkey, uint256 maxPrice) returns()
func (_SubnetRegistry *SubnetRegistryTransactor) Register(opts *bind.TransactOpts, subnet uint16, hotkey common.Address, maxPrice *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "register", subnet, hotkey, maxPrice)
}

// Register is a paid mutator transaction binding the contract method 0x6d7c4bd5.
//
// Solidity: function register(uint16 subnet, address hotkey, uint256 maxPrice) returns()
func (_SubnetRegistry *SubnetRegistrySession) Register(subnet uint16, hotkey common.Address, maxPrice *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.Register(&_SubnetRegistry.TransactOpts, subnet, hotkey, maxPrice)
}

// Register is a paid mutator transaction binding the contract method 0x6d7c4bd5.
//
// Solidity: function register(uint16 subnet, address hotkey, uint256 maxPrice) returns()
func (_SubnetRegistry *SubnetRegistryTransactorSession) Register(subnet uint16, hotkey common.Address, maxPrice *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.Register(&_SubnetRegistry.TransactOpts, subnet, hotkey, maxPrice)
}

// RegisterWithPermit is a paid mutator transaction binding the contract method 0x7247003f.
//
// Solidity: function registerWithPermit(uint16 subnet, address hotkey, uint256 maxPrice, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_SubnetRegistry *SubnetRegistryTransactor) RegisterWithPermit(opts *bind.TransactOpts, subnet uint16, hotkey common.Address, maxPrice *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "registerWithPermit", subnet, hotkey, maxPrice, deadline, v, r, s)
}

// RegisterWithPermit is a paid mutator transaction binding the contract method 0x7247003f.
//
// Solidity: function registerWithPermit(uint16 subnet, address hotkey, uint256 maxPrice, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_SubnetRegistry *SubnetRegistrySession) RegisterWithPermit(subnet uint16, hotkey common.Address, maxPrice *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.RegisterWithPermit(&_SubnetRegistry.TransactOpts, subnet, hotkey, maxPrice, deadline, v, r, s)
}

// RegisterWithPermit is a paid mutator transaction binding the contract method 0x7247003f.
//
// Solidity: function registerWithPermit(uint16 subnet, address hotkey, uint256 maxPrice, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_SubnetRegistry *SubnetRegistryTransactorSession) RegisterWithPermit(subnet uint16, hotkey common.Address, maxPrice *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.RegisterWithPermit(&_SubnetRegistry.TransactOpts, subnet, hotkey, maxPrice, deadline, v, r, s)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SubnetRegistry *SubnetRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SubnetRegistry *SubnetRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.RenounceRole(&_SubnetRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SubnetRegistry *SubnetRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.RenounceRole(&_SubnetRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SubnetRegistry *SubnetRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SubnetRegistry *SubnetRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.RevokeRole(&_SubnetRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SubnetRegistry *SubnetRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.RevokeRole(&_SubnetRegistry.TransactOpts, role, account)
}

// SetRegistrationPrice is a paid mutator transaction binding the contract method 0x19c4bdad.
//
// Solidity: function setRegistrationPrice(uint16 subnet, uint256 price) returns()
func (_SubnetRegistry *SubnetRegistryTransactor) SetRegistrationPrice(opts *bind.TransactOpts, subnet uint16, price *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "setRegistrationPrice", subnet, price)
}

// SetRegistrationPrice is a paid mutator transaction binding the contract method 0x19c4bdad.
//
// Solidity: function setRegistrationPrice(uint16 subnet, uint256 price) returns()
func (_SubnetRegistry *SubnetRegistrySession) SetRegistrationPrice(subnet uint16, price *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.SetRegistrationPrice(&_SubnetRegistry.TransactOpts, subnet, price)
}

// SetRegistrationPrice is a paid mutator transaction binding the contract method 0x19c4bdad.
//
// Solidity: function setRegistrationPrice(uint16 subnet, uint256 price) returns()
func (_SubnetRegistry *SubnetRegistryTransactorSession) SetRegistrationPrice(subnet uint16, price *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.SetRegistrationPrice(&_SubnetRegistry.TransactOpts, subnet, price)
}

// SetSubnetTerms is a paid mutator transaction binding the contract method 0x77bcf27e.
//
// Solidity: function setSubnetTerms(uint256 lockCost, uint256 registrationPrice) returns()
func (_SubnetRegistry *SubnetRegistryTransactor) SetSubnetTerms(opts *bind.TransactOpts, lockCost *big.Int, registrationPrice *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.contract.Transact(opts, "setSubnetTerms", lockCost, registrationPrice)
}

// SetSubnetTerms is a paid mutator transaction binding the contract method 0x77bcf27e.
//
// Solidity: function setSubnetTerms(uint256 lockCost, uint256 registrationPrice) returns()
func (_SubnetRegistry *SubnetRegistrySession) SetSubnetTerms(lockCost *big.Int, registrationPrice *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.SetSubnetTerms(&_SubnetRegistry.TransactOpts, lockCost, registrationPrice)
}

// SetSubnetTerms is a paid mutator transaction binding the contract method 0x77bcf27e.
//
// Solidity: function setSubnetTerms(uint256 lockCost, uint256 registrationPrice) returns()
func (_SubnetRegistry *SubnetRegistryTransactorSession) SetSubnetTerms(lockCost *big.Int, registrationPrice *big.Int) (*types.Transaction, error) {
	return _SubnetRegistry.Contract.SetSubnetTerms(&_SubnetRegistry.TransactOpts, lockCost, registrationPrice)
}

// SubnetRegistryRegisteredIterator is returned from FilterRegistered and is used to iterate over the raw logs and unpacked data for Registered events raised by the SubnetRegistry contract.
type SubnetRegistryRegisteredIterator struct {
	Event *SubnetRegistryRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubnetRegistryRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubnetRegistryRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubnetRegistryRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubnetRegistryRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubnetRegistryRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubnetRegistryRegistered represents a Registered event raised by the SubnetRegistry contract.
type SubnetRegistryRegistered struct {
	Subnet  uint16
	Hotkey  common.Address
	Coldkey common.Address
	Burned  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRegistered is a free log retrieval operation binding the contract event 0xea9d856fe3555280cf218a8e87d9fcda7bd8fe501efbd1bae6c46e703a9887f7.
//
// Solidity: event Registered(uint16 indexed subnet, address indexed hotkey, address indexed coldkey, uint256 burned)
func (_SubnetRegistry *SubnetRegistryFilterer) FilterRegistered(opts *bind.FilterOpts, subnet []uint16, hotkey []common.Address, coldkey []common.Address) (*SubnetRegistryRegisteredIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var hotkeyRule []interface{}
	for _, hotkeyItem := range hotkey {
		hotkeyRule = append(hotkeyRule, hotkeyItem)
	}
	var coldkeyRule []interface{}
	for _, coldkeyItem := range coldkey {
		coldkeyRule = append(coldkeyRule, coldkeyItem)
	}

	logs, sub, err := _SubnetRegistry.contract.FilterLogs(opts, "Registered", subnetRule, hotkeyRule, coldkeyRule)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryRegisteredIterator{contract: _SubnetRegistry.contract, event: "Registered", logs: logs, sub: sub}, nil
}

// WatchRegistered is a free log subscription operation binding the contract event 0xea9d856fe3555280cf218a8e87d9fcda7bd8fe501efbd1bae6c46e703a9887f7.
//
// Solidity: event Registered(uint16 indexed subnet, address indexed hotkey, address indexed coldkey, uint256 burned)
func (_SubnetRegistry *SubnetRegistryFilterer) WatchRegistered(opts *bind.WatchOpts, sink chan<- *SubnetRegistryRegistered, subnet []uint16, hotkey []common.Address, coldkey []common.Address) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var hotkeyRule []interface{}
	for _, hotkeyItem := range hotkey {
		hotkeyRule = append(hotkeyRule, hotkeyItem)
	}
	var coldkeyRule []interface{}
	for _, coldkeyItem := range coldkey {
		coldkeyRule = append(coldkeyRule, coldkeyItem)
	}

	logs, sub, err := _SubnetRegistry.contract.WatchLogs(opts, "Registered", subnetRule, hotkeyRule, coldkeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubnetRegistryRegistered)
				if err := _SubnetRegistry.contract.UnpackLog(event, "Registered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRegistered is a log parse operation binding the contract event 0xea9d856fe3555280cf218a8e87d9fcda7bd8fe501efbd1bae6c46e703a9887f7.
//
// Solidity: event Registered(uint16 indexed subnet, address indexed hotkey, address indexed coldkey, uint256 burned)
func (_SubnetRegistry *SubnetRegistryFilterer) ParseRegistered(log types.Log) (*SubnetRegistryRegistered, error) {
	event := new(SubnetRegistryRegistered)
	if err := _SubnetRegistry.contract.UnpackLog(event, "Registered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubnetRegistryRegistrationPriceSetIterator is returned from FilterRegistrationPriceSet and is used to iterate over the raw logs and unpacked data for RegistrationPriceSet events raised by the SubnetRegistry contract.
type SubnetRegistryRegistrationPriceSetIterator struct {
	Event *SubnetRegistryRegistrationPriceSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubnetRegistryRegistrationPriceSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubnetRegistryRegistrationPriceSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubnetRegistryRegistrationPriceSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubnetRegistryRegistrationPriceSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubnetRegistryRegistrationPriceSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubnetRegistryRegistrationPriceSet represents a RegistrationPriceSet event raised by the SubnetRegistry contract.
type SubnetRegistryRegistrationPriceSet struct {
	Subnet uint16
	Price  *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRegistrationPriceSet is a free log retrieval operation binding the contract event 0xb368dc2bbb6cb06944fdabab064bc84558cd5d9ad11086a5c76ebbdb6c794f9c.
//
// Solidity: event RegistrationPriceSet(uint16 indexed subnet, uint256 price)
func (_SubnetRegistry *SubnetRegistryFilterer) FilterRegistrationPriceSet(opts *bind.FilterOpts, subnet []uint16) (*SubnetRegistryRegistrationPriceSetIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}

	logs, sub, err := _SubnetRegistry.contract.FilterLogs(opts, "RegistrationPriceSet", subnetRule)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryRegistrationPriceSetIterator{contract: _SubnetRegistry.contract, event: "RegistrationPriceSet", logs: logs, sub: sub}, nil
}

// WatchRegistrationPriceSet is a free log subscription operation binding the contract event 0xb368dc2bbb6cb06944fdabab064bc84558cd5d9ad11086a5c76ebbdb6c794f9c.
//
// Solidity: event RegistrationPriceSet(uint16 indexed subnet, uint256 price)
func (_SubnetRegistry *SubnetRegistryFilterer) WatchRegistrationPriceSet(opts *bind.WatchOpts, sink chan<- *SubnetRegistryRegistrationPriceSet, subnet []uint16) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}

	logs, sub, err := _SubnetRegistry.contract.WatchLogs(opts, "RegistrationPriceSet", subnetRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubnetRegistryRegistrationPriceSet)
				if err := _SubnetRegistry.contract.UnpackLog(event, "RegistrationPriceSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRegistrationPriceSet is a log parse operation binding the contract event 0xb368dc2bbb6cb06944fdabab064bc84558cd5d9ad11086a5c76ebbdb6c794f9c.
//
// Solidity: event RegistrationPriceSet(uint16 indexed subnet, uint256 price)
func (_SubnetRegistry *SubnetRegistryFilterer) ParseRegistrationPriceSet(log types.Log) (*SubnetRegistryRegistrationPriceSet, error) {
	event := new(SubnetRegistryRegistrationPriceSet)
	if err := _SubnetRegistry.contract.UnpackLog(event, "RegistrationPriceSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubnetRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the SubnetRegistry contract.
type SubnetRegistryRoleAdminChangedIterator struct {
	Event *SubnetRegistryRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubnetRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubnetRegistryRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubnetRegistryRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubnetRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubnetRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubnetRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the SubnetRegistry contract.
type SubnetRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SubnetRegistry *SubnetRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*SubnetRegistryRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _SubnetRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryRoleAdminChangedIterator{contract: _SubnetRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SubnetRegistry *SubnetRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *SubnetRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _SubnetRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubnetRegistryRoleAdminChanged)
				if err := _SubnetRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SubnetRegistry *SubnetRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*SubnetRegistryRoleAdminChanged, error) {
	event := new(SubnetRegistryRoleAdminChanged)
	if err := _SubnetRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubnetRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the SubnetRegistry contract.
type SubnetRegistryRoleGrantedIterator struct {
	Event *SubnetRegistryRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubnetRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubnetRegistryRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubnetRegistryRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubnetRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubnetRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubnetRegistryRoleGranted represents a RoleGranted event raised by the SubnetRegistry contract.
type SubnetRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubnetRegistry *SubnetRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SubnetRegistryRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SubnetRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryRoleGrantedIterator{contract: _SubnetRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubnetRegistry *SubnetRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *SubnetRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SubnetRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubnetRegistryRoleGranted)
				if err := _SubnetRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubnetRegistry *SubnetRegistryFilterer) ParseRoleGranted(log types.Log) (*SubnetRegistryRoleGranted, error) {
	event := new(SubnetRegistryRoleGranted)
	if err := _SubnetRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubnetRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the SubnetRegistry contract.
type SubnetRegistryRoleRevokedIterator struct {
	Event *SubnetRegistryRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubnetRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubnetRegistryRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubnetRegistryRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubnetRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubnetRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubnetRegistryRoleRevoked represents a RoleRevoked event raised by the SubnetRegistry contract.
type SubnetRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubnetRegistry *SubnetRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SubnetRegistryRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SubnetRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistryRoleRevokedIterator{contract: _SubnetRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubnetRegistry *SubnetRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *SubnetRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SubnetRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubnetRegistryRoleRevoked)
				if err := _SubnetRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubnetRegistry *SubnetRegistryFilterer) ParseRoleRevoked(log types.Log) (*SubnetRegistryRoleRevoked, error) {
	event := new(SubnetRegistryRoleRevoked)
	if err := _SubnetRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubnetRegistrySubnetCreatedIterator is returned from FilterSubnetCreated and is used to iterate over the raw logs and unpacked data for SubnetCreated events raised by the SubnetRegistry contract.
type SubnetRegistrySubnetCreatedIterator struct {
	Event *SubnetRegistrySubnetCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubnetRegistrySubnetCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubnetRegistrySubnetCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubnetRegistrySubnetCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubnetRegistrySubnetCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubnetRegistrySubnetCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubnetRegistrySubnetCreated represents a SubnetCreated event raised by the SubnetRegistry contract.
type SubnetRegistrySubnetCreated struct {
	Subnet            uint16
	Owner             common.Address
	Locked            *big.Int
	RegistrationPrice *big.Int
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterSubnetCreated is a free log retrieval operation binding the contract event 0x4236d5466716175520dbe8c4b25abab78f7fc6449903fe20335f76bb2d4317d8.
//
// Solidity: event SubnetCreated(uint16 indexed subnet, address indexed owner, uint256 locked, uint256 registrationPrice)
func (_SubnetRegistry *SubnetRegistryFilterer) FilterSubnetCreated(opts *bind.FilterOpts, subnet []uint16, owner []common.Address) (*SubnetRegistrySubnetCreatedIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SubnetRegistry.contract.FilterLogs(opts, "SubnetCreated", subnetRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &SubnetRegistrySubnetCreatedIterator{contract: _SubnetRegistry.contract, event: "SubnetCreated", logs: logs, sub: sub}, nil
}

// WatchSubnetCreated is a free log subscription operation binding the contract event 0x4236d5466716175520dbe8c4b25abab78f7fc6449903fe20335f76bb2d4317d8.
//
// Solidity: event SubnetCreated(uint16 indexed subnet, address indexed owner, uint256 locked, uint256 registrationPrice)
func (_SubnetRegistry *SubnetRegistryFilterer) WatchSubnetCreated(opts *bind.WatchOpts, sink chan<- *SubnetRegistrySubnetCreated, subnet []uint16, owner []common.Address) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SubnetRegistry.contract.WatchLogs(opts, "SubnetCreated", subnetRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubnetRegistrySubnetCreated)
				if err := _SubnetRegistry.contract.UnpackLog(event, "SubnetCreated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSubnetCreated is a log parse operation binding the contract event 0x4236d5466716175520dbe8c4b25abab78f7fc6449903fe20335f76bb2d4317d8.
//
// Solidity: event SubnetCreated(uint16 indexed subnet, address indexed owner, uint256 locked, uint256 registrationPrice)
func (_SubnetRegistry *SubnetRegistryFilterer) ParseSubnetCreated(log types.Log) (*SubnetRegistrySubnetCreated, error) {
	event := new(SubnetRegistrySubnetCreated)
	if err := _SubnetRegistry.contract.UnpackLog(event, "SubnetCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubnetRegistrySubnetTermsSetIterator is returned from FilterSubnetTermsSet and is used to iterate over the raw logs and unpacked data for SubnetTermsSet events raised by the SubnetRegistry contract.
type SubnetRegistrySubnetTermsSetIterator struct {
	Event *SubnetRegistrySubnetTermsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubnetRegistrySubnetTermsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubnetRegistrySubnetTermsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubnetRegistrySubnetTermsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubnetRegistrySubnetTermsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubnetRegistrySubnetTermsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubnetRegistrySubnetTermsSet represents a SubnetTermsSet event raised by the SubnetRegistry contract.
type SubnetRegistrySubnetTermsSet struct {
	LockCost                 *big.Int
	InitialRegistrationPrice *big.Int
	Raw                      types.Log // Blockchain specific contextual infos
}

// FilterSubnetTermsSet is a free log retrieval operation binding the contract event 0xeb076f2879f613f9d63f6747996e0c07eb082dee703952469be087e1f5ecf9eb.
//
// Solidity: event SubnetTermsSet(uint256 lockCost, uint256 initialRegistrationPrice)
func (_SubnetRegistry *SubnetRegistryFilterer) FilterSubnetTermsSet(opts *bind.FilterOpts) (*SubnetRegistrySubnetTermsSetIterator, error) {

	logs, sub, err := _SubnetRegistry.contract.FilterLogs(opts, "SubnetTermsSet")
	if err != nil {
		return nil, err
	}
	return &SubnetRegistrySubnetTermsSetIterator{contract: _SubnetRegistry.contract, event: "SubnetTermsSet", logs: logs, sub: sub}, nil
}

// WatchSubnetTermsSet is a free log subscription operation binding the contract event 0xeb076f2879f613f9d63f6747996e0c07eb082dee703952469be087e1f5ecf9eb.
//
// Solidity: event SubnetTermsSet(uint256 lockCost, uint256 initialRegistrationPrice)
func (_SubnetRegistry *SubnetRegistryFilterer) WatchSubnetTermsSet(opts *bind.WatchOpts, sink chan<- *SubnetRegistrySubnetTermsSet) (event.Subscription, error) {

	logs, sub, err := _SubnetRegistry.contract.WatchLogs(opts, "SubnetTermsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubnetRegistrySubnetTermsSet)
				if err := _SubnetRegistry.contract.UnpackLog(event, "SubnetTermsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSubnetTermsSet is a log parse operation binding the contract event 0xeb076f2879f613f9d63f6747996e0c07eb082dee703952469be087e1f5ecf9eb.
//
// Solidity: event SubnetTermsSet(uint256 lockCost, uint256 initialRegistrationPrice)
func (_SubnetRegistry *SubnetRegistryFilterer) ParseSubnetTermsSet(log types.Log) (*SubnetRegistrySubnetTermsSet, error) {
	event := new(SubnetRegistrySubnetTermsSet)
	if err := _SubnetRegistry.contract.UnpackLog(event, "SubnetTermsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
