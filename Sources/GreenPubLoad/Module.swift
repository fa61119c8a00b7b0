// module module.
