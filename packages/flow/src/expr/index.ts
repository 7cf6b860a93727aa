// Contract of the expression module; implemented in this folder.
export {};
